using System.Text.Json;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Audit;
using Microfinance.Infrastructure.Data;

namespace Microfinance.Infrastructure.Audit;

/// <summary>
/// Appends the current command's changes to one hash chain of the actor's institution (or of the platform). A
/// transaction-scoped advisory lock per chain serialises appends so sequences and links never fork; the command takes
/// the first of the institution's chains that no other transaction holds, so concurrent commands do not queue
/// (ADR 0011). Without contention everything lands in chain 0.
/// </summary>
public sealed class AuditTrail(AppDbContext db, TrailWriter trail, AuditChangeCollector changes, ICurrentUser user, ITenantContext tenant, TimeProvider clock)
    : IAuditTrail
{
    private const long PlatformChainLockKey = 0x4D46_4155_4449_5400; // "MFAUDIT\0"

    private string? _action;
    private object? _details;
    private UserIdentity? _actor;
    private Guid? _institutionOverride;
    private readonly Dictionary<Guid, ChainHead> _heads = [];
    private Guid _headsTransaction;

    public void Describe(string action, object? details = null)
    {
        _action = action;
        _details = details;
    }

    public void AttributeTo(UserIdentity actor) => _actor = actor;

    public void RecordInChainOf(Guid institutionId) => _institutionOverride = institutionId;

    public async Task AppendAsync(string defaultAction, CancellationToken cancellationToken)
    {
        var action = _action ?? defaultAction;
        var institution = _institutionOverride ?? (_actor is null ? tenant.InstitutionId : _actor.InstitutionId);
        var (actorId, actorName) = _actor is null ? (user.UserId, user.Username) : (_actor.Id, _actor.Username);
        var pending = changes.Changes.Count > 0
            ? changes.Changes.ToList()
            : [new AuditChange("", "", null, _details is null ? null : JsonSerializer.Serialize(_details, AuditChangeCollector.Json))];
        changes.Clear();
        // A description is one command's: the next command of the same scope (the end of day sends several) names itself.
        (_action, _details) = (null, null);

        var head = await HeadAsync(institution, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var change in pending)
        {
            var record = new AuditRecord(institution, head.Sequence + 1, now, actorId, actorName, action,
                NullIfEmpty(change.EntityType), NullIfEmpty(change.EntityId), change.Before, change.After,
                user.IpAddress, user.CorrelationId, head.Hash, head.Chain);
            trail.Add(record);
            head = new ChainHead(head.Chain, record.Sequence, record.Hash);
        }
        _heads[institution ?? Guid.Empty] = head;
        // Written by the unit of work just before commit, with the idempotency answer (TrailWriter).
    }

    /// <summary>
    /// The chain this transaction appends to and its last record. The first append of a transaction takes the first of
    /// the institution's chains no other transaction holds (or waits for a random one when all are busy) and reads its
    /// head, in one round trip (audit_chain_head, hand SQL in the AuditChainHead migration). Later appends of the same
    /// transaction continue from the records it added, which may not be saved yet.
    /// </summary>
    private async Task<ChainHead> HeadAsync(Guid? institution, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.TransactionId
            ?? throw new InvalidOperationException("The audit trail is appended inside the command's transaction.");
        if (transaction != _headsTransaction)
        {
            _heads.Clear();
            _headsTransaction = transaction;
        }
        if (_heads.TryGetValue(institution ?? Guid.Empty, out var known)) return known;

        var fallback = Random.Shared.Next(AuditRecord.ChainCount);
        return await db.SingleRowAsync("SELECT chain, sequence, hash FROM audit_chain_head($1, $2, $3, $4)",
            row => new ChainHead(row.GetInt32(0), row.GetInt64(1), row.GetString(2)), ct,
            RawSql.Value(institution), RawSql.Value(LockKey(institution)), RawSql.Value(AuditRecord.ChainCount), RawSql.Value(fallback));
    }

    private sealed record ChainHead(int Chain, long Sequence, string Hash);

    /// <summary>The advisory lock of chain c is this key XOR c.</summary>
    private static long LockKey(Guid? institution) =>
        institution is { } id ? BitConverter.ToInt64(id.ToByteArray(), 0) : PlatformChainLockKey;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
