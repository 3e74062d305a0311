using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

/// <summary>
/// A month of the institution's books once someone closed it: no posting may carry a value date in a closed month.
/// Months never closed have no row. Reopening needs the SfdAdmin and a reason; the row keeps the last close and reopening.
/// </summary>
public sealed class AccountingPeriod : Entity, ITenantOwned
{
    private AccountingPeriod() { }

    public AccountingPeriod(Guid institutionId, DateOnly month)
    {
        if (month.Day != 1) throw new ArgumentException("A period is named by its month's first day.", nameof(month));
        InstitutionId = institutionId;
        Month = month;
    }

    public Guid InstitutionId { get; private set; }
    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }
    public AccountingPeriodStatus Status { get; private set; } = AccountingPeriodStatus.Open;
    public Guid? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>December's close: the entry that moved the year's result to retained earnings.</summary>
    public Guid? YearEndEntryId { get; private set; }
    public Guid? ReopenedBy { get; private set; }
    public DateTimeOffset? ReopenedAt { get; private set; }
    public string? ReopenReason { get; private set; }

    public DateOnly LastDay => Month.AddMonths(1).AddDays(-1);
    public bool IsYearEnd => Month.Month == 12;

    public void Close(Guid by, DateTimeOffset at, Guid? yearEndEntryId)
    {
        if (Status == AccountingPeriodStatus.Closed)
            throw new DomainException("period_already_closed", "The period {0} is already closed.", Month.ToString("yyyy-MM"));
        Status = AccountingPeriodStatus.Closed;
        ClosedBy = by;
        ClosedAt = at;
        YearEndEntryId = yearEndEntryId;
    }

    public void Reopen(Guid by, string reason, DateTimeOffset at)
    {
        if (Status != AccountingPeriodStatus.Closed)
            throw new DomainException("period_not_closed", "The period {0} is not closed.", Month.ToString("yyyy-MM"));
        Status = AccountingPeriodStatus.Open;
        ReopenedBy = by;
        ReopenedAt = at;
        ReopenReason = reason.Trim();
        YearEndEntryId = null;
    }
}
