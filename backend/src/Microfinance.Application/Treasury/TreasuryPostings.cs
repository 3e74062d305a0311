using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury;

/// <summary>
/// The one movement of money a drawer makes of its own: at the close, the difference between the cash counted and the
/// cash expected, posted against the cash-difference account (a shortage debits it, a surplus credits it), with the
/// session's close, under the session's lock — two closes at once post one difference (docs/treasury.md).
/// </summary>
public sealed class TreasuryPostings(
    IUnitOfWork unitOfWork, IRowLocks locks, LedgerPoster ledger, CashDrawers drawers, InstitutionProfile institution, ICurrentUser user, TimeProvider clock)
{
    public async Task<CashDrawerSession> CloseAsync(Guid sessionId, IReadOnlyList<DenominationCount> counts, string? note, CancellationToken ct)
    {
        var session = await locks.LockCashDrawerAsync(sessionId, ct) ?? throw new NotFoundException("CashDrawer", sessionId);
        if (session.UserId != user.UserId) throw new ForbiddenAccessException("Only the holder of a cash drawer closes it.");

        var counted = CashCount.Total(await institution.CurrencyAsync(ct), counts, "counts");
        var cash = await ledger.AccountForAsync(LedgerPurpose.Cash, ct);
        var now = clock.GetUtcNow();
        // Read under the lock: a second close waits above and is refused by Close, having posted nothing.
        var held = await drawers.WithCash(drawers.Sessions.Where(s => s.Id == sessionId), cash, now).SingleAsync(ct);
        session.Close(now, counts, counted, held.Expected, note);

        if (session.Difference is { } difference and not 0)
        {
            var gap = await ledger.AccountForAsync(LedgerPurpose.CashDifference, ct);
            var amount = Math.Abs(difference);
            var entry = await ledger.PostAsync(await institution.TodayAsync(ct),
                difference < 0 ? "Caisse : manquant constaté à la clôture" : "Caisse : excédent constaté à la clôture", JournalSource.CashDifference,
                difference < 0
                    ? [JournalLine.DebitOf(gap, amount), JournalLine.CreditOf(cash, amount)]
                    : [JournalLine.DebitOf(cash, amount), JournalLine.CreditOf(gap, amount)], ct);
            session.RecordDifferenceEntry(entry.Id);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return session;
    }
}
