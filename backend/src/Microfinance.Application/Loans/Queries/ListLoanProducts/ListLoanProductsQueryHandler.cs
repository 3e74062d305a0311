namespace Microfinance.Application.Loans.Queries.ListLoanProducts;

public sealed class ListLoanProductsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListLoanProductsQuery, IReadOnlyList<LoanProductDto>>
{
    public async Task<IReadOnlyList<LoanProductDto>> Handle(ListLoanProductsQuery q, CancellationToken cancellationToken)
    {
        var products = db.LoanProducts.AsNoTracking();
        if (q.IsActive is { } active) products = products.Where(p => p.IsActive == active);
        return await products.OrderBy(p => p.Code).ProjectToDto().ToListAsync(cancellationToken);
    }
}
