using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Common.Observability;
using Microfinance.Application.Notifications;
using Microfinance.Infrastructure.Audit;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// The one place that opens a command's transaction and the one place that says in which order its rows are written
/// (<see cref="CommitAsync"/>). The rows of the money path are written by hand for speed (ADR 0014), the rest by EF; the
/// audit trail describes both.
/// </summary>
public sealed class UnitOfWork(AppDbContext db, LedgerRows ledgerRows, AuditTrail auditTrail, TrailWriter trail, PendingPushes pushes, PostedOperations posted) : IUnitOfWork
{
    public async Task<T> ExecuteAsync<T>(string action, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException($"{action} was started inside another command's transaction; send it on its own.");

        // All or nothing is the whole transaction: a savepoint around each save would only cost two round trips.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await CommitAsync(action, transaction, cancellationToken);
            return result;
        }
        catch
        {
            // Nothing of a failed command may linger for the next one of this scope.
            Forget();
            throw;
        }
    }

    /// <summary>Ledger rows first (EF's rows refer to their journal entries), then EF's changes.</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        await ledgerRows.FlushAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// In order: what is still pending (ledger rows, then EF's changes, each described to the audit collector as written);
    /// the audit records of all of it, chained; those records and the idempotency answer in one round trip; commit; then
    /// the business counters of what it posted and the live push of the notifications it wrote.
    /// </summary>
    private async Task CommitAsync(string action, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
    {
        await SaveChangesAsync(ct);
        await auditTrail.AppendAsync(action, ct);
        await trail.WriteAsync(db, ct);
        await transaction.CommitAsync(ct);
        db.ForgetChangedReferenceData();
        posted.Publish();
        await pushes.FlushAsync(ct);
        // A committed unit of work leaves nothing tracked: a long run of commands (end of day, demo data) stays small.
        Forget();
    }

    private void Forget()
    {
        db.ChangeTracker.Clear();
        ledgerRows.Clear();
        trail.Clear();
        pushes.Clear();
        posted.Clear();
    }
}
