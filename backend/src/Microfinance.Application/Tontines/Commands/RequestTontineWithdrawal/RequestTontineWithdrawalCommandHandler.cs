using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Commands.RequestTontineWithdrawal;

public sealed class RequestTontineWithdrawalCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, TontineReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RequestTontineWithdrawalCommand, TontineWithdrawalDto>
{
    public async Task<TontineWithdrawalDto> Handle(RequestTontineWithdrawalCommand r, CancellationToken cancellationToken)
    {
        // Checked again under the participant's lock when it is approved: the savings may have changed by then.
        var participant = await db.TontineParticipants.AsNoTracking().GetAsync(r.ParticipantId, "Participant", cancellationToken);
        var withdrawal = new TontineWithdrawal(participant, r.Amount, user.UserId!.Value, clock.GetUtcNow());
        db.TontineWithdrawals.Add(withdrawal);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.WithdrawalAsync(withdrawal.Id, cancellationToken);
    }
}
