namespace Microfinance.Application.Loans.Commands.RecommendLoanApplication;

public sealed class RecommendLoanApplicationCommandHandler(LoanApplicationNotices notices, IUnitOfWork unitOfWork, IRowLocks locks, LoanReader reader, ICurrentUser user)
    : IRequestHandler<RecommendLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(RecommendLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        loan.Recommend(user.UserId!.Value);
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
