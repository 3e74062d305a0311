namespace Microfinance.Application.Loans.Commands.SubmitLoanApplication;

public sealed class SubmitLoanApplicationCommandHandler(LoanApplicationNotices notices, IUnitOfWork unitOfWork, IRowLocks locks, LoanReader reader)
    : IRequestHandler<SubmitLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(SubmitLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        loan.Submit();
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
