namespace Microfinance.Application.Deposits.Commands.RejectAccount;

public sealed class RejectAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, DepositReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectAccountCommand, DepositAccountDto>
{
    public async Task<DepositAccountDto> Handle(RejectAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await db.DepositAccounts.GetAsync(request.Id, "Account", cancellationToken);
        account.Reject(user.UserId!.Value, request.Reason.Trim(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.AccountAsync(account.Id, cancellationToken);
    }
}
