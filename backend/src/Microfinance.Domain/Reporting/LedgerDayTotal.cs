using Microfinance.Domain.Common;

namespace Microfinance.Domain.Reporting;

/// <summary>
/// The debits and credits posted to one GL account on one day, for one value month. Journal entries never change once
/// posted (a reversal is a new entry), so a day that is over is summed once and the dashboards add today's lines to it
/// rather than summing every line of the ledger (docs/reporting.md "Dashboards").
/// </summary>
public sealed class LedgerDayTotal : Entity, ITenantOwned
{
    private LedgerDayTotal() { }

    public LedgerDayTotal(Guid institutionId, Guid glAccountId, DateOnly postedOn, DateOnly month, decimal debit, decimal credit)
    {
        if (month.Day != 1) throw new ArgumentOutOfRangeException(nameof(month), "A value month is its first day.");
        (InstitutionId, GlAccountId, PostedOn, Month, Debit, Credit) = (institutionId, glAccountId, postedOn, month, debit, credit);
    }

    public Guid InstitutionId { get; private set; }
    public Guid GlAccountId { get; private set; }
    public DateOnly PostedOn { get; private set; }
    public DateOnly Month { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }
}
