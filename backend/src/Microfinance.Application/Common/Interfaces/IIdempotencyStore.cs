namespace Microfinance.Application.Common.Interfaces;

/// <summary>Where the first answer to a request sent with an Idempotency-Key is kept, in the command's transaction.</summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Takes <paramref name="key"/> for this transaction and reads its stored answer, if any. 409 when another request
    /// holding the same key is still running.
    /// </summary>
    Task<IdempotentAnswer?> TakeAsync(string key, CancellationToken cancellationToken);

    /// <summary>Whether an answer is stored under <paramref name="key"/> (a read outside any lock: a hint, not a decision).</summary>
    Task<bool> IsRememberedAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keeps the answer; it is written with the commit (the same transaction as the work).</summary>
    void Remember(string key, IdempotentAnswer answer);
}
