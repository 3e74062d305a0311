using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microfinance.Domain.Common;

namespace Microfinance.Domain.Audit;

/// <summary>
/// One append-only line of the audit trail. Records form hash chains per institution (and for platform actions):
/// each carries the hash of the previous record of its chain and a hash of its own content, so an edited or removed
/// row is found by <see cref="AuditChainVerifier"/>. An institution has <see cref="ChainCount"/> parallel chains so that
/// concurrent commands need not queue behind one another (ADR 0011).
/// </summary>
public sealed class AuditRecord : Entity
{
    /// <summary>The previous hash of the first record of a chain.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Parallel chains per institution: a command appends to the first one no other transaction holds.</summary>
    public const int ChainCount = 16;

    private AuditRecord() { }

    public AuditRecord(
        Guid? institutionId, long sequence, DateTimeOffset occurredAt, Guid? actorId, string? actorUsername,
        string action, string? entityType, string? entityId, string? before, string? after,
        string? ipAddress, string? correlationId, string previousHash, int chain = 0)
    {
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), "Sequences start at 1.");
        if (chain is < 0 or >= ChainCount) throw new ArgumentOutOfRangeException(nameof(chain));
        InstitutionId = institutionId;
        Chain = chain;
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
    /// <summary>Which of the institution's parallel chains the record belongs to; sequences count within it.</summary>
    public int Chain { get; private set; }
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

    /// <summary>
    /// SHA-256 (hex) of every field but <see cref="Hash"/>, serialised as a JSON array so no two contents collide.
    /// Chain 0 records leave the chain out, so records written before parallel chains existed still verify; moving a
    /// record to another chain changes its hash either way.
    /// </summary>
    public string ComputeHash()
    {
        var fields = new List<object?>
        {
            Id, InstitutionId, Sequence, OccurredAt.UtcTicks, ActorId, ActorUsername, Action, EntityType, EntityId,
            Before, After, IpAddress, CorrelationId, PreviousHash,
        };
        if (Chain != 0) fields.Insert(2, Chain);
        var canonical = JsonSerializer.Serialize(fields);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
