namespace Microfinance.Infrastructure.Audit;

/// <summary>One entity change seen by a save, waiting to become an audit record when the command commits.</summary>
public sealed record AuditChange(string EntityType, string EntityId, string? Before, string? After);
