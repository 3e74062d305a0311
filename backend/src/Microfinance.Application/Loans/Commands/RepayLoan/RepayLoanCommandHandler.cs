namespace Microfinance.Application.Loans.Commands.RepayLoan;

public sealed class RepayLoanCommandHandler(LoanPostings postings) : IRequestHandler<RepayLoanCommand, LoanRepaymentDto>
{
    public async Task<LoanRepaymentDto> Handle(RepayLoanCommand r, CancellationToken cancellationToken) =>
        (await postings.RepayAsync(r.LoanId, r.Amount, r.Date, r.Channel, r.Reference, debitGlAccountId: null, cancellationToken)).ToDto();
}
