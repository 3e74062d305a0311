namespace Microfinance.Application.Deposits.Queries.ListDepositProducts;

public sealed class ListDepositProductsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListDepositProductsQuery, IReadOnlyList<DepositProductDto>>
{
    public async Task<IReadOnlyList<DepositProductDto>> Handle(ListDepositProductsQuery q, CancellationToken cancellationToken)
    {
        var products = db.DepositProducts.AsNoTracking();
        if (q.IsActive is { } active) products = products.Where(p => p.IsActive == active);
        return await products.OrderBy(p => p.Code).ProjectToDto().ToListAsync(cancellationToken);
    }
}
