namespace Microfinance.Application.Accounting;

/// <summary>A GL account's debits and credits over a period (<see cref="LedgerTotals"/>).</summary>
public sealed class GlTotal
{
    public Guid GlAccountId { get; init; }
    public decimal Debit { get; init; }
    public decimal Credit { get; init; }
}
