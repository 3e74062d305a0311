using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Loans.Commands.DisburseLoan;

public sealed class DisburseLoanCommandHandler(LoanApplicationNotices notices, IUnitOfWork unitOfWork, IRowLocks locks, LoanPostings postings, LoanReader reader, InstitutionProfile institution)
    : IRequestHandler<DisburseLoanCommand, LoanDto>
{
    public async Task<LoanDto> Handle(DisburseLoanCommand r, CancellationToken cancellationToken)
    {
        var loan = await locks.LockLoanAsync(r.Id, cancellationToken);
        await institution.EnsureNotFutureAsync(r.Date, "date", cancellationToken);
        var product = await postings.ProductAsync(loan, cancellationToken);
        loan.Disburse(r.Date, await institution.CurrencyAsync(cancellationToken));
        await postings.DisburseAsync(loan, product, r.Mode == DisbursementMode.ToSavingsAccount ? r.AccountId : null, r.Date, cancellationToken);
        await notices.StepAsync(loan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.LoanAsync(loan.Id, cancellationToken);
    }
}
