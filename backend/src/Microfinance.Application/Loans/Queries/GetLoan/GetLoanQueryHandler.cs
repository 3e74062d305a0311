namespace Microfinance.Application.Loans.Queries.GetLoan;

public sealed class GetLoanQueryHandler(LoanReader reader)
    : IRequestHandler<GetLoanQuery, LoanDto>
{
    public Task<LoanDto> Handle(GetLoanQuery q, CancellationToken cancellationToken) => reader.LoanAsync(q.Id, cancellationToken);
}
