namespace Microfinance.Application.Deposits.Commands.ApproveAccount;

public sealed class ApproveAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, DepositReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ApproveAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(ApproveAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await db.DepositAccounts.GetAsync(request.Id, "Account", cancellationToken);
        (await db.Clients.FirstAsync(c => c.Id == account.ClientId, cancellationToken)).EnsureIdentityChecked();
        account.Approve(user.UserId!.Value, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }
}
