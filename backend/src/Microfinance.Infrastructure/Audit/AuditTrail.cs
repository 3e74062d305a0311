using System.Text.Json;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Audit;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Audit;

/// <summary>
/// Appends the current command's changes to one hash chain of the actor's institution (or of the platform). A
/// transaction-scoped advisory lock per chain serialises appends so sequences and links never fork; the command takes
/// the first of the institution's chains that no other transaction holds, so concurrent commands do not queue
/// (ADR 0011). Without contention everything lands in chain 0.
/// </summary>
public sealed class AuditTrail(AppDbContext db, AuditChangeCollector changes, ICurrentUser user, ITenantContext tenant, TimeProvider clock)
    : IAuditTrail
{
    private const long PlatformChainLockKey = 0x4D46_4155_4449_5400; // "MFAUDIT\0"

    private string? _action;
    private object? _details;
    private UserIdentity? _actor;
    private Guid? _institutionOverride;

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

        var chain = await TakeChainAsync(institution, cancellationToken);
        var last = await db.AuditRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.InstitutionId == institution && r.Chain == chain)
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditRecord.GenesisHash;
        var now = clock.GetUtcNow();
        foreach (var change in pending)
        {
            var record = new AuditRecord(institution, ++sequence, now, actorId, actorName, action,
                NullIfEmpty(change.EntityType), NullIfEmpty(change.EntityId), change.Before, change.After,
                user.IpAddress, user.CorrelationId, previousHash, chain);
            db.AuditRecords.Add(record);
            previousHash = record.Hash;
        }
        using (tenant.EnterUnrestrictedScope())
            await db.SaveChangesAsync(cancellationToken);
        changes.Clear();
    }

    /// <summary>The first chain whose lock is free right now; when all are busy, waits for a random one.</summary>
    private async Task<int> TakeChainAsync(Guid? institution, CancellationToken ct)
    {
        for (var chain = 0; chain < AuditRecord.ChainCount; chain++)
        {
            var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey(institution, chain)}) AS \"Value\"").ToListAsync(ct);
            if (taken.Single()) return chain;
        }
        var fallback = Random.Shared.Next(AuditRecord.ChainCount);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(institution, fallback)})", ct);
        return fallback;
    }

    private static long LockKey(Guid? institution, int chain) =>
        (institution is { } id ? BitConverter.ToInt64(id.ToByteArray(), 0) : PlatformChainLockKey) ^ chain;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
