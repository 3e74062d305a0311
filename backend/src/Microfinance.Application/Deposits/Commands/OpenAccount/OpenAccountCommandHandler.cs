using Microfinance.Application.Notifications;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Deposits.Commands.OpenAccount;

public sealed class OpenAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, INumberSequences numbers, AccountPostings postings, DepositReader reader, ICurrentUser user, Notifier notifier, TimeProvider clock)
    : IRequestHandler<OpenAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(OpenAccountCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == request.ClientId, cancellationToken)
            ?? throw new ValidationException("clientId", "No client with this id in your institution.");
        if (client.Status is ClientStatus.Suspended or ClientStatus.Closed)
            throw new DomainException("client_not_active", "The client is {0}: no new account.", client.Status);
        var product = await db.DepositProducts.FirstOrDefaultAsync(p => p.Id == request.ProductId && p.IsActive, cancellationToken)
            ?? throw new ValidationException("productId", "No active deposit product with this id in your institution.");
        var branch = await db.Branches.FirstAsync(b => b.Id == client.BranchId, cancellationToken);

        var number = AccountNumber.Create(branch.Code, await numbers.NextAsync("account", cancellationToken));
        var now = clock.GetUtcNow();
        var account = new DepositAccount(client.InstitutionId, branch.Id, client.Id, product.Id, number, user.UserId!.Value, now);
        db.DepositAccounts.Add(account);
        if (product.AllowsSingleStepOpening)
        {
            client.EnsureIdentityChecked();
            account.OpenInOneStep(now);
            await postings.PostOpeningFeeAsync(account, product, Channel.Cash, null, cancellationToken);
        }
        else
        {
            await notifier.ToRoleAsync(Roles.Supervisor, branch.Id, NotificationKind.AccountPendingApproval, "/approvals", cancellationToken,
                user.DisplayName, number, product.Name, client.FullName);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }
}
