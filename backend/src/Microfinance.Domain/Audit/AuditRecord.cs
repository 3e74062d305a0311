using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.Audit;

/// <summary>
/// One append-only line of the audit trail. Records form one hash chain per institution (and one for platform
/// actions): each carries the hash of the previous record and a hash of its own content, so an edited or
/// removed row is found by <see cref="AuditChainVerifier"/>.
/// </summary>
public sealed class AuditRecord : Entity
{
    /// <summary>The previous hash of the first record of a chain.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditRecord() { }

    public AuditRecord(
        Guid? institutionId, long sequence, DateTimeOffset occurredAt, Guid? actorId, string? actorUsername,
        string action, string? entityType, string? entityId, string? before, string? after,
        string? ipAddress, string? correlationId, string previousHash)
    {
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), "Sequences start at 1.");
        InstitutionId = institutionId;
        Sequence = sequence;
        // PostgreSQL keeps microseconds: truncate now so the hash survives the round trip.
        OccurredAt = new DateTimeOffset(occurredAt.UtcTicks - occurredAt.UtcTicks % 10, TimeSpan.Zero);
        ActorId = actorId;
        ActorUsername = actorUsername;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Before = before;
        After = after;
        IpAddress = ipAddress;
        CorrelationId = correlationId;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public Guid? InstitutionId { get; private set; }
    public long Sequence { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid? ActorId { get; private set; }
    public string? ActorUsername { get; private set; }
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    /// <summary>JSON of the changed fields before the change (null for a creation).</summary>
    public string? Before { get; private set; }
    /// <summary>JSON of the changed fields after the change (null for a deletion).</summary>
    public string? After { get; private set; }
    public string? IpAddress { get; private set; }
    public string? CorrelationId { get; private set; }
    public string PreviousHash { get; private set; } = GenesisHash;
    public string Hash { get; private set; } = "";

    /// <summary>SHA-256 (hex) of every field but <see cref="Hash"/>, serialised as a JSON array so no two contents collide.</summary>
    public string ComputeHash()
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            Id, InstitutionId, Sequence, OccurredAt.UtcTicks, ActorId, ActorUsername, Action, EntityType, EntityId,
            Before, After, IpAddress, CorrelationId, PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
