using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.CreateCategory;

public sealed class CreateCategoryCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, TransactionCategories categories, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateCategoryCommand, TransactionCategoryDto>
{
    public async Task<TransactionCategoryDto> Handle(CreateCategoryCommand c, CancellationToken cancellationToken)
    {
        await categories.EnsureNameFreeAsync(c.Name, null, cancellationToken);
        var category = new TransactionCategory(tenant.RequiredInstitutionId, c.Name, clock.GetUtcNow());
        db.TransactionCategories.Add(category);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TransactionCategoryDto { Id = category.Id, Name = category.Name, CreatedAt = category.CreatedAt };
    }
}
