namespace Microfinance.Application.Audit.Queries.GetAuditCatalogue;

public sealed class AuditCatalogueDto
{
    /// <summary>By label.</summary>
    public required IReadOnlyList<AuditActionDto> Actions { get; init; }
    /// <summary>By label.</summary>
    public required IReadOnlyList<AuditEntityTypeDto> EntityTypes { get; init; }
}
