using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines;

/// <summary>
/// Every movement of money in a tontine goes through here, as deposits go through AccountPostings: the participant's row
/// is locked, the domain fills the booklet or checks the savings, the journal entry and the booklet's row are written —
/// all saved together, inside the command's transaction. A participant's savings are a sub-ledger of the tontine savings
/// account (journal lines name the participant); commissions and adhesion fees are income (docs/tontines.md).
/// </summary>
public sealed class TontinePostings(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, ILedgerRows rows, LedgerPoster ledger, InstitutionProfile institution,
    ICurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// Fills the participant's next <paramref name="days"/> cells (null: the days <paramref name="amount"/> pays for), paid
    /// through <paramref name="channel"/>, or into <paramref name="clearingGlAccountId"/> (a mobile-money provider's clearing
    /// account) when given; <paramref name="reference"/> is the provider's transaction id; <paramref name="valueDate"/> the
    /// day it was collected (today unless given; never in the future: a collection recorded offline, docs/offline.md).
    /// Returns the participant as locked, with today's total paid including this contribution: what the receipt shows, with
    /// no read after the save.
    /// </summary>
    public async Task<(TontineContribution Contribution, LockedParticipant Participant, long EntryNumber)> ContributeAsync(
        Guid participantId, int? days, decimal? amount, Channel channel, string? reference, Guid? clearingGlAccountId, CancellationToken ct,
        DateOnly? valueDate = null)
    {
        var today = await institution.TodayAsync(ct);
        var date = await institution.ValueDateAsync(valueDate, ct);
        // The day's total on the receipt is today's (collectedToday, as a read of the participant says), whatever the value date.
        var locked = await locks.LockParticipantAsync(participantId, today, ct);
        var participant = locked.Participant;
        var split = participant.Contribute(days ?? participant.DaysFor(amount ?? 0), date);
        List<JournalLine> lines = [JournalLine.DebitOf(clearingGlAccountId ?? await ledger.AccountForAsync(channel, ct), split.Amount)];
        if (split.Saving > 0)
            lines.Add(JournalLine.CreditOf(await ledger.AccountForAsync(LedgerPurpose.TontineSavings, ct), split.Saving, tontineParticipantId: participant.Id));
        if (split.Commission > 0)
            lines.Add(JournalLine.CreditOf(await ledger.AccountForAsync(LedgerPurpose.TontineCommissionIncome, ct), split.Commission));
        var entry = await ledger.PostAsync(date, $"Tontine : cotisation de {split.Days} jour(s), cases {split.FirstCell} à {split.LastCell}",
            JournalSource.TontineContribution, lines, ct);
        var contribution = new TontineContribution(participant, split, date, channel, reference, entry.Id, user.UserId, clock.GetUtcNow());
        rows.Add(contribution);
        await unitOfWork.SaveChangesAsync(ct);
        return (contribution, locked with { CollectedOnDay = locked.CollectedOnDay + (date == today ? split.Amount : 0) }, entry.Number);
    }

    /// <summary>
    /// Makes a validated adhesion's client a participant once its fee is paid (through <paramref name="channel"/>, or into
    /// <paramref name="clearingGlAccountId"/> as in <see cref="ContributeAsync"/>); the fee's entry, or null when the tontine
    /// charges none. The adhesion is locked, so two payments of one fee cannot both make a participant. A payment that
    /// arrives for a fee changed since it was asked (<paramref name="expectedFee"/>) is refused.
    /// </summary>
    public async Task<(TontineAdhesion Adhesion, JournalEntry? Entry)> PayAdhesionFeeAsync(Guid adhesionId, Channel channel, Guid? clearingGlAccountId,
        CancellationToken ct, decimal? expectedFee = null)
    {
        var adhesion = await locks.LockAdhesionAsync(adhesionId, ct) ?? throw new NotFoundException("Adhesion", adhesionId);
        var tontine = await db.Tontines.AsNoTracking().FirstAsync(t => t.Id == adhesion.TontineId, ct);
        tontine.EnsureOpen();
        if (adhesion.Status != TontineAdhesionStatus.Validated)
            throw new DomainException("adhesion_not_validated", "The fee is paid once the adhesion is validated (this one is {0}).", adhesion.Status);
        await EnsureNotParticipantAsync(adhesion.TontineId, adhesion.ClientId, ct);
        if (expectedFee is { } paid && paid != tontine.AdhesionFee)
            throw new DomainException("adhesion_fee_amount", "The adhesion fee of this tontine is {0}.", tontine.AdhesionFee);

        JournalEntry? entry = null;
        if (tontine.AdhesionFee > 0)
            entry = await ledger.PostAsync(await institution.TodayAsync(ct), $"Tontine {tontine.Code} : frais d'adhésion", JournalSource.TontineAdhesionFee,
            [
                JournalLine.DebitOf(clearingGlAccountId ?? await ledger.AccountForAsync(channel, ct), tontine.AdhesionFee),
                JournalLine.CreditOf(await ledger.AccountForAsync(LedgerPurpose.TontineAdhesionFeeIncome, ct), tontine.AdhesionFee),
            ], ct);
        var collector = await db.Clients.Where(c => c.Id == adhesion.ClientId).Select(c => c.AssignedAgentId).FirstAsync(ct) ?? adhesion.RequestedBy;
        var now = clock.GetUtcNow();
        var participant = new TontineParticipant(tontine, adhesion, collector, now);
        db.TontineParticipants.Add(participant);
        adhesion.Activate(tontine.AdhesionFee, channel, entry?.Id, participant.Id, now);
        await unitOfWork.SaveChangesAsync(ct);
        return (adhesion, entry);
    }

    /// <summary>Approves a pending withdrawal and pays it in cash out of the participant's savings, under the participant's lock.</summary>
    public async Task<TontineWithdrawal> ApproveWithdrawalAsync(Guid withdrawalId, CancellationToken ct)
    {
        var (withdrawal, participant, today) = await LockWithdrawalAsync(withdrawalId, ct);
        withdrawal.Approve(participant, user.UserId!.Value, clock.GetUtcNow());
        var entry = await ledger.PostAsync(today, "Tontine : retrait d'épargne", JournalSource.TontineWithdrawal,
        [
            JournalLine.DebitOf(await ledger.AccountForAsync(LedgerPurpose.TontineSavings, ct), withdrawal.Amount, tontineParticipantId: participant.Id),
            JournalLine.CreditOf(await ledger.AccountForAsync(Channel.Cash, ct), withdrawal.Amount),
        ], ct);
        withdrawal.RecordPosting(entry.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return withdrawal;
    }

    /// <summary>
    /// A withdrawal to decide, read under its participant's lock: two decisions at once are served one after the other,
    /// and the second sees the first's.
    /// </summary>
    public async Task<(TontineWithdrawal Withdrawal, TontineParticipant Participant, DateOnly Today)> LockWithdrawalAsync(Guid withdrawalId, CancellationToken ct)
    {
        var participantId = await db.TontineWithdrawals.Where(w => w.Id == withdrawalId).Select(w => (Guid?)w.ParticipantId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Withdrawal", withdrawalId);
        var today = await institution.TodayAsync(ct);
        var participant = (await locks.LockParticipantAsync(participantId, today, ct)).Participant;
        return (await db.TontineWithdrawals.FirstAsync(w => w.Id == withdrawalId, ct), participant, today);
    }

    /// <summary>One active participation per client per tontine (the database says so again with a unique index).</summary>
    public async Task EnsureNotParticipantAsync(Guid tontineId, Guid clientId, CancellationToken ct)
    {
        if (await db.TontineParticipants.AnyAsync(p => p.TontineId == tontineId && p.ClientId == clientId && p.Status == TontineParticipantStatus.Active, ct))
            throw new ConflictException("already_participant", "The client already takes part in this tontine.");
    }
}
