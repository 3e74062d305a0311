using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting;

/// <summary>
/// Keeps postings out of closed months (docs/accounting.md, "Period close"). Only a value date before the current month can
/// fall in a closed one — a month closes once it is over —, so a posting valued today costs nothing here; a back-dated one
/// takes the periods' lock in shared mode, which a close takes exclusively: a close waits for the back-dated postings in
/// flight, and the postings that come after it see it.
/// </summary>
public sealed class ClosedPeriods(IApplicationDbContext db, IRowLocks locks, ITenantContext tenant)
{
    public static string LockKey(Guid institutionId) => $"accounting-periods:{institutionId}";

    /// <summary>422 <c>period_closed</c>, naming the month, when <paramref name="valueDate"/> falls in a closed month.</summary>
    public async Task EnsureOpenAsync(DateOnly valueDate, DateOnly today, CancellationToken cancellationToken)
    {
        var month = MonthOf(valueDate);
        if (month >= MonthOf(today)) return;
        await locks.LockKeySharedAsync(LockKey(tenant.RequiredInstitutionId), cancellationToken);
        if (await db.AccountingPeriods.AnyAsync(p => p.Month == month && p.Status == AccountingPeriodStatus.Closed, cancellationToken))
            throw new DomainException("period_closed", "The period {0} is closed: nothing can be posted with a value date in it.", month.ToString("yyyy-MM"));
    }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
