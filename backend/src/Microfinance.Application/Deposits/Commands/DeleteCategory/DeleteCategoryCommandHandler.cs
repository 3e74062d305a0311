namespace Microfinance.Application.Deposits.Commands.DeleteCategory;

public sealed class DeleteCategoryCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteCategoryCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCategoryCommand c, CancellationToken cancellationToken)
    {
        var category = await db.TransactionCategories.GetAsync(c.Id, "Category", cancellationToken);
        var used = await db.AccountTransactions.CountAsync(t => t.CategoryId == category.Id, cancellationToken)
            + await db.WithdrawalRequests.CountAsync(w => w.CategoryId == category.Id, cancellationToken);
        if (used > 0)
            throw new ConflictException("category_in_use",
                "The category '{0}' is used by {1} operation(s): it cannot be deleted; rename it instead.", category.Name, used);
        db.TransactionCategories.Remove(category);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
