namespace Microfinance.Application.Deposits.Commands.ActivateAccount;

public sealed class ActivateAccountCommandHandler(IUnitOfWork unitOfWork, IRowLocks locks, AccountPostings postings, DepositReader reader)
    : IRequestHandler<ActivateAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(ActivateAccountCommand request, CancellationToken cancellationToken)
    {
        var (account, _) = await locks.LockAccountAsync(request.Id, cancellationToken);
        await postings.ActivateAsync(account, request.Channel, null, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }
}
