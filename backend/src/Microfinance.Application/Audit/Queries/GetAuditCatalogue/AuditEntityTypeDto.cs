namespace Microfinance.Application.Audit.Queries.GetAuditCatalogue;

public sealed class AuditEntityTypeDto
{
    /// <summary>As recorded (the `entityType` filter of the trail).</summary>
    public required string Code { get; init; }
    public required string Label { get; init; }
}
