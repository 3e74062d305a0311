namespace Microfinance.Application.Deposits.Commands.CategorizeTransaction;

public sealed class CategorizeTransactionCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, TransactionCategories categories, DepositReader reader, ICurrentUser user)
    : IRequestHandler<CategorizeTransactionCommand, TransactionDto>
{
    public async Task<TransactionDto> Handle(CategorizeTransactionCommand c, CancellationToken cancellationToken)
    {
        var target = await db.AccountTransactions.GetAsync(c.Id, "Transaction", cancellationToken);
        if (user.Role == Roles.Agent && target.CreatedBy != user.UserId)
            throw new ForbiddenAccessException("Only the agent who recorded an operation, a supervisor or the administrator may change its category.");
        await categories.NameOfAsync(c.CategoryId, cancellationToken);
        foreach (var movement in await db.AccountTransactions.Where(t => t.JournalEntryId == target.JournalEntryId).ToListAsync(cancellationToken))
            movement.Categorize(c.CategoryId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.TransactionAsync(target.Id, cancellationToken);
    }
}
