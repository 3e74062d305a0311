namespace Microfinance.Application.Audit;

public sealed class AuditRecordDto
{
    public Guid Id { get; set; }
    public int Chain { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? ActorId { get; set; }
    public string? ActorUsername { get; set; }
    /// <summary>The actor's display name, read when the trail is listed (null for nobody signed in, or a user since gone).</summary>
    public string? ActorName { get; set; }
    public Guid? InstitutionId { get; set; }
    public string Action { get; set; } = "";
    /// <summary>The action in the reader's language ("Modification d'une agence"), from <see cref="AuditCatalogue"/>.</summary>
    public string ActionLabel { get; set; } = "";
    /// <summary>A sign-in, session or API client call record (hidden from the list unless asked for).</summary>
    public bool IsSignIn { get; set; }
    public string? EntityType { get; set; }
    /// <summary>The entity type in the reader's language ("Compte de dépôt").</summary>
    public string? EntityTypeLabel { get; set; }
    public string? EntityId { get; set; }
    /// <summary>
    /// What a person calls the entity: a client's name, an account's or a loan's number, a branch's name, a user's
    /// display name… — its name at the time of the record where the record carries it (a creation, a rename, a
    /// deletion), today's otherwise. Null for a type without one, or an entity since deleted whose record does not name it.
    /// </summary>
    public string? EntityName { get; set; }
    /// <summary>JSON of the changed fields before the change.</summary>
    public string? Before { get; set; }
    /// <summary>JSON of the changed fields after the change.</summary>
    public string? After { get; set; }
    public string? IpAddress { get; set; }
    public string? CorrelationId { get; set; }
    public string Hash { get; set; } = "";
}
