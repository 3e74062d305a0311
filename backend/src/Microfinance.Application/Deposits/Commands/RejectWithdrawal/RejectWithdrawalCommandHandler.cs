namespace Microfinance.Application.Deposits.Commands.RejectWithdrawal;

public sealed class RejectWithdrawalCommandHandler(IUnitOfWork unitOfWork, WithdrawalRequestLock requests, DepositReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectWithdrawalCommand, WithdrawalRequestDto>
{
    public async Task<WithdrawalRequestDto> Handle(RejectWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var (request, _) = await requests.LockAsync(r.Id, cancellationToken);
        request.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.WithdrawalRequestAsync(request.Id, cancellationToken);
    }
}
