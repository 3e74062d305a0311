namespace Microfinance.Domain.Common;

/// <summary>Base of every aggregate and entity: identity is a client-generated Guid (it doubles as an idempotency key).</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.NewGuid();
}
