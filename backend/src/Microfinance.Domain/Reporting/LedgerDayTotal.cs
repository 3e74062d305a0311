using Microfinance.Domain.Common;

namespace Microfinance.Domain.Reporting;

/// <summary>
/// The debits and credits posted to one GL account on one day, for one value date, apart for the year-end closes (and
/// their reversals), which the income statement leaves out. Journal entries never change once posted (a reversal is a
/// new entry), so a day that is over is summed once and the dashboards and financial statements add what was posted
/// since to it rather than summing every line of the ledger (docs/reporting.md "Dashboards", docs/accounting.md).
/// </summary>
public sealed class LedgerDayTotal : Entity, ITenantOwned
{
    private LedgerDayTotal() { }

    public LedgerDayTotal(Guid institutionId, Guid glAccountId, DateOnly postedOn, DateOnly valueDate, bool yearEndClose, decimal debit, decimal credit) =>
        (InstitutionId, GlAccountId, PostedOn, ValueDate, YearEndClose, Debit, Credit) = (institutionId, glAccountId, postedOn, valueDate, yearEndClose, debit, credit);

    public Guid InstitutionId { get; private set; }
    public Guid GlAccountId { get; private set; }
    public DateOnly PostedOn { get; private set; }
    public DateOnly ValueDate { get; private set; }
    /// <summary>Lines of a year-end close or of its reversal.</summary>
    public bool YearEndClose { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }
}
