namespace Microfinance.Application.Loans.Commands.ApproveLoanApplication;

public sealed class ApproveLoanApplicationCommandHandler(LoanApplicationNotices notices, IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, LoanEligibility eligibility, LoanReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ApproveLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(ApproveLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        var product = await db.LoanProducts.FirstAsync(p => p.Id == loan.ProductId, cancellationToken);
        // Things may have changed since the application (another loan fell into arrears): check again.
        await eligibility.CheckAsync(loan.ClientId, product, loan.Terms, loan.Guarantee, loan.Id, cancellationToken);
        loan.Approve(user.UserId!.Value, clock.GetUtcNow());
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
