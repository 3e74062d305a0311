using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines.Commands.RejectTontineWithdrawal;

public sealed class RejectTontineWithdrawalCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, TontineReader reader, InstitutionProfile institution, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectTontineWithdrawalCommand, TontineWithdrawalDto>
{
    public async Task<TontineWithdrawalDto> Handle(RejectTontineWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var participantId = await db.TontineWithdrawals.Where(w => w.Id == r.Id).Select(w => (Guid?)w.ParticipantId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Withdrawal", r.Id);
        // Decided under the participant's lock, as an approval is: two decisions at once are served one after the other.
        await locks.LockParticipantAsync(participantId, await institution.TodayAsync(cancellationToken), cancellationToken);
        var withdrawal = await db.TontineWithdrawals.FirstAsync(w => w.Id == r.Id, cancellationToken);
        withdrawal.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.WithdrawalAsync(withdrawal.Id, cancellationToken);
    }
}
