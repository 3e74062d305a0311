namespace Microfinance.Application.Accounting.Commands.DeleteGlAccount;

public sealed class DeleteGlAccountCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteGlAccountCommand, Unit>
{
    public async Task<Unit> Handle(DeleteGlAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.GetAsync(request.Id, "GL account", cancellationToken);
        var used = await db.JournalLines.AnyAsync(l => l.GlAccountId == account.Id, cancellationToken)
                   || await db.LedgerMappings.AnyAsync(m => m.GlAccountId == account.Id, cancellationToken)
                   || await db.DepositProducts.AnyAsync(p => p.DepositsGlAccountId == account.Id || p.FeeIncomeGlAccountId == account.Id
                                                             || p.InterestExpenseGlAccountId == account.Id, cancellationToken);
        if (used)
            throw new ConflictException("gl_account_in_use", "GL account {0} has postings or is mapped to a product or a purpose; it cannot be deleted.", account.Code);
        db.GlAccounts.Remove(account);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
