namespace Microfinance.Application.Audit;

public sealed class AuditRecordDto
{
    public Guid Id { get; set; }
    public int Chain { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorId { get; set; }
    public string? ActorUsername { get; set; }
    public Guid? InstitutionId { get; set; }
    public string Action { get; set; } = "";
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    /// <summary>JSON of the changed fields before the change.</summary>
    public string? Before { get; set; }
    /// <summary>JSON of the changed fields after the change.</summary>
    public string? After { get; set; }
    public string? IpAddress { get; set; }
    public string? CorrelationId { get; set; }
    public string Hash { get; set; } = "";
}
