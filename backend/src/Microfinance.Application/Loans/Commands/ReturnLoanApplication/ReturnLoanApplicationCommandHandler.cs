namespace Microfinance.Application.Loans.Commands.ReturnLoanApplication;

public sealed class ReturnLoanApplicationCommandHandler(LoanApplicationNotices notices, IUnitOfWork unitOfWork, IRowLocks locks, LoanReader reader)
    : IRequestHandler<ReturnLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(ReturnLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        loan.ReturnForChanges(r.Reason.Trim());
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
