namespace Microfinance.Application.Deposits.Commands.UpdateCategory;

public sealed class UpdateCategoryCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, TransactionCategories categories)
    : IRequestHandler<UpdateCategoryCommand, TransactionCategoryDto>
{
    public async Task<TransactionCategoryDto> Handle(UpdateCategoryCommand c, CancellationToken cancellationToken)
    {
        var category = await db.TransactionCategories.GetAsync(c.Id, "Category", cancellationToken);
        await categories.EnsureNameFreeAsync(c.Name, category.Id, cancellationToken);
        category.Rename(c.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TransactionCategoryDto
        {
            Id = category.Id, Name = category.Name, CreatedAt = category.CreatedAt,
            TransactionCount = await db.AccountTransactions.CountAsync(t => t.CategoryId == category.Id, cancellationToken),
        };
    }
}
