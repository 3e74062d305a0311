using Microfinance.Domain.Accounting;

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
    /// </summary>
    public static Task<Dictionary<Guid, GlTotal>> ByAccountAsync(
        IApplicationDbContext db, DateOnly? start, DateOnly? end, CancellationToken ct, bool withoutYearEndCloses = false) => (
        from l in db.JournalLines
        join e in db.JournalEntries.ValuedBetween(start, end) on l.EntryId equals e.Id
        where !withoutYearEndCloses || (e.Source != JournalSource.YearEndClose
            && !(e.Source == JournalSource.Reversal && db.JournalEntries.Any(o => o.Id == e.ReversesEntryId && o.Source == JournalSource.YearEndClose)))
        group l by l.GlAccountId into g
        select new GlTotal { GlAccountId = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }
    ).ToDictionaryAsync(t => t.GlAccountId, ct);

    /// <summary>Debits minus credits for a debit-normal account (assets, expenses), credits minus debits otherwise.</summary>
    public static decimal Balance(GlAccount account, decimal debit, decimal credit) => account.IsDebitNormal ? debit - credit : credit - debit;
}
