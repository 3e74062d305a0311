namespace Microfinance.Domain.Common;

/// <summary>Base of every aggregate and entity: identity is a client-generated Guid (it doubles as an idempotency key).</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = NewId();

    /// <summary>
    /// Time-ordered (UUIDv7, 74 random bits): a new row lands at the right edge of its primary-key index instead of on a
    /// random page, so an insert dirties — and writes to the WAL — a page already in memory (bench/RESULTS.md, step 3).
    /// </summary>
    public static Guid NewId() => Guid.CreateVersion7();
}
