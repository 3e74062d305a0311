using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.RepayLoan;

public sealed class RepayLoanCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, LoanPostings postings, InstitutionProfile institution, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RepayLoanCommand, LoanRepaymentDto>
{
    public async Task<LoanRepaymentDto> Handle(RepayLoanCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.LoanId, cancellationToken);
        await institution.EnsureNotFutureAsync(r.Date, "date", cancellationToken);
        if (r.Date < loan.DisbursementDate)
            throw new ValidationException("date", "A repayment cannot be dated before the disbursement.");
        var product = await postings.ProductAsync(loan, cancellationToken);
        var allocation = loan.Repay(r.Amount, clock.GetUtcNow());
        var entry = await postings.RepayAsync(loan, product, allocation, r.Channel, r.Date, cancellationToken);
        var sequence = await db.LoanRepayments.CountAsync(p => p.LoanId == loan.Id, cancellationToken) + 1;
        var repayment = new LoanRepayment(loan.InstitutionId, loan.Id, sequence, r.Amount, r.Date, r.Channel, r.Reference, allocation, entry.Id,
            user.UserId, clock.GetUtcNow());
        db.LoanRepayments.Add(repayment);
        loan.RecordArrears(await institution.TodayAsync(cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return repayment.ToDto();
    }
}
