using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.CloseAccount;

public sealed class CloseAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, DepositReader reader, TimeProvider clock)
    : IRequestHandler<CloseAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(CloseAccountCommand request, CancellationToken cancellationToken)
    {
        var (account, _) = await locks.LockAccountAsync(request.Id, cancellationToken);
        if (await db.WithdrawalRequests.AnyAsync(w => w.AccountId == account.Id && w.Status == WithdrawalRequestStatus.Pending, cancellationToken))
            throw new DomainException("pending_withdrawal", "Decide on the account's pending withdrawal first.");
        account.Close(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }
}
