namespace Microfinance.Application.Common.Interfaces;

/// <summary>One command's database work: one transaction, and one place that says in which order its rows are written.</summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it with its audit trail (recorded as
    /// <paramref name="action"/> unless the work describes itself); rolled back, leaving nothing, when anything throws.
    /// Only <see cref="Behaviours.TransactionBehaviour{TRequest,TResponse}"/> and start-up seeding call it.
    /// </summary>
    Task<T> ExecuteAsync<T>(string action, Func<Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Writes what the work has pending so far — ledger rows, then EF's changes — inside the transaction, without
    /// committing: for a handler that reads back what it wrote.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
