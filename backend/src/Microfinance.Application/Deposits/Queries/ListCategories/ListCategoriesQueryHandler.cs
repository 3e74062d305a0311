namespace Microfinance.Application.Deposits.Queries.ListCategories;

public sealed class ListCategoriesQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListCategoriesQuery, IReadOnlyList<TransactionCategoryDto>>
{
    public async Task<IReadOnlyList<TransactionCategoryDto>> Handle(ListCategoriesQuery q, CancellationToken cancellationToken) =>
        await db.TransactionCategories.AsNoTracking()
            .OrderBy(c => c.NormalizedName)
            .Select(c => new TransactionCategoryDto
            {
                Id = c.Id, Name = c.Name, CreatedAt = c.CreatedAt,
                TransactionCount = db.AccountTransactions.Count(t => t.CategoryId == c.Id),
            })
            .ToListAsync(cancellationToken);
}
