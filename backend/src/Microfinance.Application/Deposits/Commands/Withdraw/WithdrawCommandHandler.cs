using Microfinance.Application.Common.Money;
using Microfinance.Application.Notifications;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Deposits.Commands.Withdraw;

public sealed class WithdrawCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, AccountPostings postings, TransactionCategories categories, DepositReader reader,
    ICurrentUser user, Notifier notifier, InstitutionProfile institution, TimeProvider clock)
    : IRequestHandler<WithdrawCommand, WithdrawalOutcome>
{
    public async Task<WithdrawalOutcome> Handle(WithdrawCommand r, CancellationToken cancellationToken)
    {
        var locked = await locks.LockAccountAsync(r.AccountId, cancellationToken);
        var account = locked.Account;
        var product = await postings.ProductAsync(account, cancellationToken);
        if (!product.NeedsApproval(r.Amount))
        {
            var posted = await postings.WithdrawAsync(locked, r.Amount, r.Channel, r.Reference, r.ValueDate, r.CategoryId, cancellationToken);
            return new WithdrawalOutcome(await reader.TransactionAsync(posted, cancellationToken), null);
        }

        // Refuse now what could not be paid anyway; the balance is checked again, under lock, at approval.
        if (account.Status != DepositAccountStatus.Active)
            throw new DomainException("account_status_conflict", "Money moves only on an active account. The account is {0}.", account.Status);
        if (account.Balance - r.Amount < product.MinimumBalance)
            throw new DomainException("insufficient_funds", "The balance ({0}) cannot cover {1} and keep {2} on the account.", account.Balance, r.Amount, product.MinimumBalance);
        await categories.NameOfAsync(r.CategoryId, cancellationToken);
        var request = new WithdrawalRequest(account.InstitutionId, account.Id, r.Amount, r.Channel, r.Reference, r.ValueDate, user.UserId!.Value,
            clock.GetUtcNow(), r.CategoryId);
        db.WithdrawalRequests.Add(request);
        await notifier.ToRoleAsync(Roles.Supervisor, account.BranchId, NotificationKind.WithdrawalPendingApproval, "/approvals", cancellationToken,
            user.DisplayName, new MoneyText(r.Amount, await institution.CurrencyAsync(cancellationToken)), account.Number, locked.HolderName);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new WithdrawalOutcome(null, await reader.WithdrawalRequestAsync(request.Id, cancellationToken));
    }
}
