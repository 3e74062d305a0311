namespace Microfinance.Application.Loans.Commands.CancelLoanApplication;

public sealed class CancelLoanApplicationCommandHandler(IUnitOfWork unitOfWork, IRowLocks locks, LoanReader reader, TimeProvider clock)
    : IRequestHandler<CancelLoanApplicationCommand, LoanDto>
{
    public async Task<LoanDto> Handle(CancelLoanApplicationCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        loan.Cancel(r.Reason.Trim(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
