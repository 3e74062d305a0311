using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>
/// What a drawer session holds, read from the ledger: the lines on the cash account of the entries its holder posted while
/// it was open — deposits, withdrawals, repayments, contributions, fees, cash disbursements, reversals alike, with no
/// money path of its own to keep in step — and the institution's rule that cash is recorded only from an open drawer.
/// </summary>
public sealed class CashDrawers(IApplicationDbContext db)
{
    /// <summary>
    /// Entries that are not cash handed over a counter: a drawer's own difference, and an accountant's manual entry.
    /// </summary>
    private static readonly JournalSource[] NotCounterCash = [JournalSource.CashDifference, JournalSource.Manual];

    public IQueryable<CashDrawerSession> Sessions => db.CashDrawerSessions.AsNoTracking();

    /// <summary>
    /// The rule, for an institution that turned it on (LedgerPoster asks only then): an entry that moves
    /// <paramref name="cashAccountId"/> for a user needs that user's open drawer (422 <c>cash_drawer_not_open</c>). A posting
    /// with no user (a job, a webhook) is not cash at a counter.
    /// </summary>
    public async Task EnsureOpenForAsync(JournalEntry entry, Guid cashAccountId, CancellationToken ct)
    {
        if (entry.PostedBy is not { } userId || NotCounterCash.Contains(entry.Source) || entry.Lines.All(l => l.GlAccountId != cashAccountId)) return;
        if (!await db.CashDrawerSessions.AnyAsync(s => s.UserId == userId && s.Status == CashDrawerStatus.Open, ct))
            throw new DomainException("cash_drawer_not_open", "Open your cash drawer before recording cash: this institution records cash only from an open drawer.");
    }

    /// <summary>
    /// Each session with the cash its holder took in and paid out while it was open (up to <paramref name="now"/> for an
    /// open one): correlated sums PostgreSQL computes per row, on the journal's (institution, posted at) index.
    /// </summary>
    public IQueryable<SessionCash> WithCash(IQueryable<CashDrawerSession> sessions, Guid cashAccountId, DateTimeOffset now) =>
        // The same lines summed twice: EF shares no subquery between two members of a projection.
        from s in sessions
        select new SessionCash
        {
            Session = s,
            In = (from e in db.JournalEntries
                  where e.PostedBy == s.UserId && e.PostedAt >= s.OpenedAt && e.PostedAt < (s.ClosedAt ?? now)
                        && e.Source != JournalSource.CashDifference && e.Source != JournalSource.Manual // NotCounterCash
                  from l in db.JournalLines
                  where l.EntryId == e.Id && l.GlAccountId == cashAccountId
                  select l.Debit).Sum(),
            Out = (from e in db.JournalEntries
                   where e.PostedBy == s.UserId && e.PostedAt >= s.OpenedAt && e.PostedAt < (s.ClosedAt ?? now)
                         && e.Source != JournalSource.CashDifference && e.Source != JournalSource.Manual
                   from l in db.JournalLines
                   where l.EntryId == e.Id && l.GlAccountId == cashAccountId
                   select l.Credit).Sum(),
        };
}
