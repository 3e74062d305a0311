namespace Microfinance.Application.Reporting;

/// <summary>Debits and credits of a GL account for a value month (<see cref="DayTotals.Ledger"/>).</summary>
public sealed class LedgerTotalRow
{
    public Guid GlAccountId { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public decimal Debit { get; init; }
    public decimal Credit { get; init; }
}
