using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Infrastructure.Data;

public sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
{
    public async Task<T> ExecuteInTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            return await work();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Nothing of a failed command may linger in the context either.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
