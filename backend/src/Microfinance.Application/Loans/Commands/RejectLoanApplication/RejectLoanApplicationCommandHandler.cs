namespace Microfinance.Application.Loans.Commands.RejectLoanApplication;

public sealed class RejectLoanApplicationCommandHandler(LoanApplicationNotices notices, IUnitOfWork unitOfWork, IRowLocks locks, LoanReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(RejectLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        loan.Reject(user.UserId!.Value, r.Reason.Trim(), clock.GetUtcNow());
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
