namespace Microfinance.Application.Loans.Queries.ListLoanRepayments;

public sealed class ListLoanRepaymentsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListLoanRepaymentsQuery, IReadOnlyList<LoanRepaymentDto>>
{
    public async Task<IReadOnlyList<LoanRepaymentDto>> Handle(ListLoanRepaymentsQuery q, CancellationToken cancellationToken)
    {
        if (!await db.Loans.AnyAsync(l => l.Id == q.Id, cancellationToken)) throw new NotFoundException("Loan", q.Id);
        var repayments = await db.LoanRepayments.AsNoTracking().Where(p => p.LoanId == q.Id).OrderBy(p => p.Sequence).ToListAsync(cancellationToken);
        return repayments.Select(p => p.ToDto()).ToList();
    }
}
