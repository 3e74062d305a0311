namespace Microfinance.Application.Common.Interfaces;

public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in one database transaction: committed when it returns, rolled back when it throws.</summary>
    Task<T> ExecuteInTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
