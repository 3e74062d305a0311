namespace Microfinance.Application.Tontines.Commands.RejectTontineWithdrawal;

public sealed class RejectTontineWithdrawalCommandHandler(IUnitOfWork unitOfWork, TontinePostings postings, TontineReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectTontineWithdrawalCommand, TontineWithdrawalDto>
{
    public async Task<TontineWithdrawalDto> Handle(RejectTontineWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var (withdrawal, _, _) = await postings.LockWithdrawalAsync(r.Id, cancellationToken);
        withdrawal.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.WithdrawalAsync(withdrawal.Id, cancellationToken);
    }
}
