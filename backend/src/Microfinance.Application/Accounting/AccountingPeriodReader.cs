using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>Every month of the books, newest first, from the first one to the current one (which cannot close yet).</summary>
public sealed class AccountingPeriodReader(IApplicationDbContext db, AccountingPeriods periods, InstitutionProfile institution, IIdentityService identity)
{
    public async Task<IReadOnlyList<AccountingPeriodDto>> ListAsync(CancellationToken ct)
    {
        var first = await periods.FirstMonthAsync(ct);
        var current = ClosedPeriods.MonthOf(await institution.TodayAsync(ct));
        var rows = await db.AccountingPeriods.AsNoTracking().ToDictionaryAsync(p => p.Month, ct);
        var yearEnds = rows.Values.Select(p => p.YearEndEntryId).OfType<Guid>().ToList();
        var numbers = await db.JournalEntries.AsNoTracking().Where(e => yearEnds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Number, ct);
        var names = await identity.GetDisplayNamesAsync(rows.Values.SelectMany(p => new[] { p.ClosedBy, p.ReopenedBy }).OfType<Guid>().Distinct().ToList(), ct);
        string? Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known) : null;
        bool IsClosed(DateOnly m) => rows.TryGetValue(m, out var p) && p.Status == AccountingPeriodStatus.Closed;

        var months = new List<DateOnly>();
        for (var m = first; m <= current; m = m.AddMonths(1)) months.Add(m);
        var oldestOpen = months.FirstOrDefault(m => !IsClosed(m));
        var latestClosed = months.LastOrDefault(IsClosed);
        return months.AsEnumerable().Reverse().Select(m =>
        {
            var row = rows.GetValueOrDefault(m);
            return new AccountingPeriodDto(AccountingPeriods.Name(m), IsClosed(m) ? AccountingPeriodStatus.Closed : AccountingPeriodStatus.Open,
                row?.ClosedAt, Name(row?.ClosedBy), row?.YearEndEntryId is { } e ? numbers[e] : null,
                row?.ReopenedAt, Name(row?.ReopenedBy), row?.ReopenReason,
                CanClose: m == oldestOpen && m < current, CanReopen: m == latestClosed && IsClosed(m));
        }).ToList();
    }

    public async Task<AccountingPeriodDto> GetAsync(DateOnly month, CancellationToken ct) =>
        (await ListAsync(ct)).First(p => p.Month == AccountingPeriods.Name(month));
}
