using Microfinance.Application.Common.Interfaces;

namespace Microfinance.Infrastructure.Data;

public sealed class UnitOfWork(AppDbContext db, TrailWriter trail, LedgerRows ledgerRows) : IUnitOfWork
{
    public async Task<T> ExecuteInTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            return await work();

        // All or nothing is the whole transaction: a savepoint around each save would only cost two round trips.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await db.SaveBeforeCommitAsync(cancellationToken);
            // The audit records and the idempotency answer, appended last, travel in one round trip just before commit.
            await trail.WriteAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ForgetChangedReferenceData();
            // A committed unit of work leaves nothing tracked: a long run of commands (end of day, demo data) stays small.
            db.ChangeTracker.Clear();
            ledgerRows.Clear();
            return result;
        }
        catch
        {
            // Nothing of a failed command may linger in the context or the trail either.
            db.ChangeTracker.Clear();
            ledgerRows.Clear();
            trail.Clear();
            throw;
        }
    }
}
