namespace Microfinance.Application.Deposits.Commands.ActivateAccount;

public sealed class ActivateAccountCommandHandler(IUnitOfWork unitOfWork, IRowLocks locks, AccountPostings postings, DepositReader reader, TimeProvider clock)
    : IRequestHandler<ActivateAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(ActivateAccountCommand request, CancellationToken cancellationToken)
    {
        var (account, _) = await locks.LockAccountAsync(request.Id, cancellationToken);
        account.Activate(clock.GetUtcNow());
        await postings.PostOpeningFeeAsync(account, await postings.ProductAsync(account, cancellationToken), request.Channel, null, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }
}
