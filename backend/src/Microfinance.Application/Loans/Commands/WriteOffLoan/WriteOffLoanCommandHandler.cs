using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Loans.Commands.WriteOffLoan;

public sealed class WriteOffLoanCommandHandler(IUnitOfWork unitOfWork, IRowLocks locks, LoanPostings postings, LoanReader reader, InstitutionProfile institution, TimeProvider clock)
    : IRequestHandler<WriteOffLoanCommand, LoanDto>
{
    public async Task<LoanDto> Handle(WriteOffLoanCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        var product = await postings.ProductAsync(loan, cancellationToken);
        loan.WriteOff(r.Reason.Trim(), clock.GetUtcNow());
        await postings.WriteOffAsync(loan, product, cancellationToken);
        loan.RecordArrears(await institution.TodayAsync(cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
