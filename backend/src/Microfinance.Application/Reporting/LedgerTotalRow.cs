namespace Microfinance.Application.Reporting;

/// <summary>Debits and credits of a GL account for a value date, apart for year-end closes (<see cref="DayTotals.Ledger"/>).</summary>
public sealed class LedgerTotalRow
{
    public Guid GlAccountId { get; init; }
    public DateOnly ValueDate { get; init; }
    public bool YearEndClose { get; init; }
    public decimal Debit { get; init; }
    public decimal Credit { get; init; }
}
