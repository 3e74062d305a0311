namespace Microfinance.Application.Accounting.Queries.TrialBalance;

public sealed record TrialBalanceDto(DateOnly AsOf, IReadOnlyList<TrialBalanceLineDto> Lines, decimal TotalDebit, decimal TotalCredit)
{
    /// <summary>Debits minus credits over the whole ledger: zero when every entry balances.</summary>
    public decimal Difference => TotalDebit - TotalCredit;
}
