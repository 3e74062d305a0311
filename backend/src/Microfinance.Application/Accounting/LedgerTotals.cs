using Microfinance.Application.Reporting;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Accounting;

/// <summary>
/// The GL accounts' debits and credits over a period of value dates, and a balance signed by the account's normal side:
/// the one computation of the trial balance query and the trial balance and journal reports.
/// </summary>
public static class LedgerTotals
{
    /// <summary>The entries valued in the period, both ends inclusive; an open end is unbounded.</summary>
    public static IQueryable<JournalEntry> ValuedBetween(this IQueryable<JournalEntry> entries, DateOnly? first, DateOnly? last)
    {
        if (first is { } start) entries = entries.Where(e => e.ValueDate >= start);
        if (last is { } end) entries = entries.Where(e => e.ValueDate <= end);
        return entries;
    }

    /// <summary>
    /// Each GL account's debits and credits of the entries valued in the period, by account id; <paramref name="withoutYearEndCloses"/>
    /// leaves out the year-end closes (and their reversals), which move a year's result and are no income or expense of it.
    /// Read as the end of day's sums of the days that are over (<see cref="LedgerDayTotal"/>) plus the lines posted since,
    /// not by summing every line of the ledger (docs/accounting.md, "Speed").
    /// </summary>
    public static async Task<Dictionary<Guid, GlTotal>> ByAccountAsync(
        IApplicationDbContext db, Institution institution, DateOnly? start, DateOnly? end, CancellationToken ct, bool withoutYearEndCloses = false)
    {
        var summed = db.LedgerDayTotals.AsQueryable();
        if (start is { } first) summed = summed.Where(d => d.ValueDate >= first);
        if (end is { } last) summed = summed.Where(d => d.ValueDate <= last);
        if (withoutYearEndCloses) summed = summed.Where(d => !d.YearEndClose);
        var totals = await summed.GroupBy(d => d.GlAccountId)
            .Select(g => new GlTotal { GlAccountId = g.Key, Debit = g.Sum(d => d.Debit), Credit = g.Sum(d => d.Credit) })
            .ToDictionaryAsync(t => t.GlAccountId, ct);
        var (_, liveFrom) = await DayTotals.LiveFromAsync(db, institution, ct);
        var live = (await DayTotals.Ledger(db, liveFrom, null, ct))
            .Where(r => (start is null || r.ValueDate >= start) && (end is null || r.ValueDate <= end) && !(withoutYearEndCloses && r.YearEndClose));
        foreach (var row in live)
            totals[row.GlAccountId] = totals.TryGetValue(row.GlAccountId, out var t)
                ? new GlTotal { GlAccountId = row.GlAccountId, Debit = t.Debit + row.Debit, Credit = t.Credit + row.Credit }
                : new GlTotal { GlAccountId = row.GlAccountId, Debit = row.Debit, Credit = row.Credit };
        return totals;
    }

    /// <summary>Debits minus credits for a debit-normal account (assets, expenses), credits minus debits otherwise.</summary>
    public static decimal Balance(GlAccount account, decimal debit, decimal credit) => account.IsDebitNormal ? debit - credit : credit - debit;
}
