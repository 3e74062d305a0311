namespace Microfinance.Application.Accounting.Commands.RenameGlAccount;

public sealed class RenameGlAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<RenameGlAccountCommand, GlAccountDto>
{
    public async Task<GlAccountDto> Handle(RenameGlAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.GetAsync(request.Id, "GL account", cancellationToken);
        account.Rename(request.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return account.ToDto();
    }
}
