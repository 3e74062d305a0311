using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting;

/// <summary>
/// Closing and reopening months (docs/accounting.md, "Period close"): in order, under the periods' lock taken exclusively
/// (<see cref="ClosedPeriods"/>). Closing December moves the year's result to retained earnings in an entry valued the next
/// year's first day; reopening December reverses it.
/// </summary>
public sealed class AccountingPeriods(
    IApplicationDbContext db, IUnitOfWork unitOfWork, LedgerPoster ledger, IRowLocks locks, InstitutionProfile institution,
    ITenantContext tenant, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The first month of the books: the institution's first, or an earlier one a back-dated entry was valued in.</summary>
    public async Task<DateOnly> FirstMonthAsync(CancellationToken ct)
    {
        var profile = await institution.CurrentAsync(ct);
        var created = ClosedPeriods.MonthOf(profile.Today(profile.CreatedAt));
        var firstValued = await db.JournalEntries.MinAsync(e => (DateOnly?)e.ValueDate, ct);
        return firstValued is { } first && ClosedPeriods.MonthOf(first) < created ? ClosedPeriods.MonthOf(first) : created;
    }

    public async Task<AccountingPeriod> CloseAsync(DateOnly month, CancellationToken ct)
    {
        await locks.LockKeyAsync(ClosedPeriods.LockKey(tenant.RequiredInstitutionId), ct);
        var first = await EnsureInBooksAsync(month, ct);
        if (month.AddMonths(1) > await institution.TodayAsync(ct))
            throw new DomainException("period_not_over", "The period {0} is not over yet.", Name(month));
        var closed = await db.AccountingPeriods.Where(p => p.Status == AccountingPeriodStatus.Closed).Select(p => p.Month).ToListAsync(ct);
        for (var m = first; m < month; m = m.AddMonths(1))
            if (!closed.Contains(m))
                throw new DomainException("earlier_period_open", "Close {0} first: months close in order.", Name(m));

        // Approving them afterwards would post into the closed month: they are decided first.
        var waiting = await db.ManualEntries.CountAsync(e => e.Status == ManualEntryStatus.PendingApproval && e.ValueDate >= month && e.ValueDate < month.AddMonths(1), ct);
        if (waiting > 0)
            throw new DomainException("pending_manual_entries", "{0} manual entries dated in {1} wait for approval: approve or reject them first.", waiting, Name(month));

        var period = await db.AccountingPeriods.FirstOrDefaultAsync(p => p.Month == month, ct);
        if (period is null) db.AccountingPeriods.Add(period = new AccountingPeriod(tenant.RequiredInstitutionId, month));
        var yearEnd = period.IsYearEnd && period.Status == AccountingPeriodStatus.Open ? await PostYearEndAsync(month.Year, ct) : null;
        period.Close(user.UserId!.Value, clock.GetUtcNow(), yearEnd?.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return period;
    }

    public async Task<AccountingPeriod> ReopenAsync(DateOnly month, string reason, CancellationToken ct)
    {
        await locks.LockKeyAsync(ClosedPeriods.LockKey(tenant.RequiredInstitutionId), ct);
        await EnsureInBooksAsync(month, ct);
        var period = await db.AccountingPeriods.FirstOrDefaultAsync(p => p.Month == month && p.Status == AccountingPeriodStatus.Closed, ct)
            ?? throw new DomainException("period_not_closed", "The period {0} is not closed.", Name(month));
        var latest = await db.AccountingPeriods.Where(p => p.Status == AccountingPeriodStatus.Closed).MaxAsync(p => p.Month, ct);
        if (latest != month)
            throw new DomainException("later_period_closed", "Reopen {0} first: months reopen from the latest closed.", Name(latest));
        if (period.YearEndEntryId is { } yearEnd)
            await ledger.ReverseAsync(yearEnd, $"réouverture de {Name(month)} : {reason.Trim()}", ct, valueDate: month.AddMonths(1));
        period.Reopen(user.UserId!.Value, reason, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>404 for a month before the books' first or after the current one; the books' first month otherwise.</summary>
    private async Task<DateOnly> EnsureInBooksAsync(DateOnly month, CancellationToken ct)
    {
        var first = await FirstMonthAsync(ct);
        if (month < first || month > ClosedPeriods.MonthOf(await institution.TodayAsync(ct)))
            throw new NotFoundException("AccountingPeriod", Name(month));
        return first;
    }

    public static string Name(DateOnly month) => month.ToString("yyyy-MM");

    /// <summary>
    /// Zeroes every income and expense account as of 31 December against retained earnings. The balances are summed from
    /// the first entry — each earlier year's close already zeroed that year — so they are this year's.
    /// </summary>
    private async Task<JournalEntry?> PostYearEndAsync(int year, CancellationToken ct)
    {
        var totals = await LedgerTotals.ByAccountAsync(db, await institution.CurrentAsync(ct), null, new DateOnly(year, 12, 31), ct);
        var accounts = await db.GlAccounts.AsNoTracking()
            .Where(a => a.Type == GlAccountType.Income || a.Type == GlAccountType.Expense).OrderBy(a => a.Code).ToListAsync(ct);
        var lines = new List<JournalLine>();
        var result = 0m;
        foreach (var account in accounts)
        {
            if (!totals.TryGetValue(account.Id, out var t) || t.Debit == t.Credit) continue;
            // Debits less credits: what a credit of the same amount zeroes.
            var net = t.Debit - t.Credit;
            lines.Add(net > 0 ? JournalLine.CreditOf(account.Id, net) : JournalLine.DebitOf(account.Id, -net));
            result -= net;
        }
        if (lines.Count == 0) return null;
        var retained = await ledger.AccountForAsync(LedgerPurpose.RetainedEarnings, ct);
        if (result != 0) lines.Add(result > 0 ? JournalLine.CreditOf(retained, result) : JournalLine.DebitOf(retained, -result));
        return await ledger.PostAsync(new DateOnly(year + 1, 1, 1), $"Clôture de l'exercice {year} : résultat au report à nouveau",
            JournalSource.YearEndClose, lines, ct);
    }
}
