namespace Microfinance.Application.Audit.Queries.GetAuditCatalogue;

public sealed class AuditActionDto
{
    /// <summary>As recorded (the `action` filter of the trail).</summary>
    public required string Code { get; init; }
    public required string Label { get; init; }
    /// <summary>A sign-in or session record, hidden from the trail unless asked for.</summary>
    public required bool IsSignIn { get; init; }
}
