namespace Microfinance.Application.Deposits.Commands.ApproveWithdrawal;

public sealed class ApproveWithdrawalCommandHandler(IUnitOfWork unitOfWork, AccountPostings postings, WithdrawalRequestLock requests, DepositReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ApproveWithdrawalCommand, TransactionDto>
{
    public async Task<TransactionDto> Handle(ApproveWithdrawalCommand r, CancellationToken cancellationToken)
    {
        var (request, locked) = await requests.LockAsync(r.Id, cancellationToken);
        request.Approve(user.UserId!.Value, clock.GetUtcNow());
        var posted = await postings.WithdrawAsync(locked, request.Amount, request.Channel, request.Reference, request.ValueDate, request.CategoryId, cancellationToken);
        request.RecordPosting(posted.Transaction.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.TransactionAsync(posted, cancellationToken);
    }
}
