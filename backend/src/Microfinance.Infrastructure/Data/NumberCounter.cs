namespace Microfinance.Infrastructure.Data;

/// <summary>A per-institution counter behind readable numbers (clients, accounts, loans).</summary>
public sealed class NumberCounter : Identity.INotAudited
{
    public Guid InstitutionId { get; set; }
    public string Name { get; set; } = "";
    public long LastValue { get; set; }
}
