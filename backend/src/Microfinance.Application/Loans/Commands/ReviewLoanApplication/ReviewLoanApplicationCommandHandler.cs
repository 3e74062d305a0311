namespace Microfinance.Application.Loans.Commands.ReviewLoanApplication;

public sealed class ReviewLoanApplicationCommandHandler(LoanApplicationNotices notices, IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, LoanEligibility eligibility, LoanReader reader, ICurrentUser user)
    : IRequestHandler<ReviewLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(ReviewLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        var product = await db.LoanProducts.FirstAsync(p => p.Id == loan.ProductId, cancellationToken);
        var revised = product.TermsFor(r.Amount ?? loan.Principal, r.NumberOfInstallments ?? loan.NumberOfInstallments,
            r.AnnualInterestRatePercent ?? loan.AnnualInterestRatePercent, r.GracePeriods ?? loan.GracePeriods);
        await eligibility.CheckAsync(loan.ClientId, product, revised, loan.Guarantee, loan.Id, cancellationToken);
        loan.Review(user.UserId!.Value, revised);
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
