using System.Text.Json;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Domain.Audit;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Audit;

/// <summary>
/// Appends the current command's changes to the hash chain of the actor's institution (or the platform chain).
/// A transaction-scoped advisory lock per chain serialises appends so sequences and links never fork.
/// </summary>
public sealed class AuditTrail(AppDbContext db, AuditChangeCollector changes, ICurrentUser user, ITenantContext tenant, TimeProvider clock)
    : IAuditTrail
{
    private const long PlatformChainLockKey = 0x4D46_4155_4449_5400; // "MFAUDIT\0"

    private string? _action;
    private object? _details;
    private UserIdentity? _actor;
    private Guid? _chain;

    public void Describe(string action, object? details = null)
    {
        _action = action;
        _details = details;
    }

    public void AttributeTo(UserIdentity actor) => _actor = actor;

    public void RecordInChainOf(Guid institutionId) => _chain = institutionId;

    public async Task AppendAsync(string defaultAction, CancellationToken cancellationToken)
    {
        var action = _action ?? defaultAction;
        var chain = _chain ?? (_actor is null ? tenant.InstitutionId : _actor.InstitutionId);
        var (actorId, actorName) = _actor is null ? (user.UserId, user.Username) : (_actor.Id, _actor.Username);
        var pending = changes.Changes.Count > 0
            ? changes.Changes.ToList()
            : [new AuditChange("", "", null, _details is null ? null : JsonSerializer.Serialize(_details, AuditChangeCollector.Json))];
        changes.Clear();

        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey(chain)], cancellationToken);
        var last = await db.AuditRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.InstitutionId == chain)
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditRecord.GenesisHash;
        var now = clock.GetUtcNow();
        foreach (var change in pending)
        {
            var record = new AuditRecord(chain, ++sequence, now, actorId, actorName, action,
                NullIfEmpty(change.EntityType), NullIfEmpty(change.EntityId), change.Before, change.After,
                user.IpAddress, user.CorrelationId, previousHash);
            db.AuditRecords.Add(record);
            previousHash = record.Hash;
        }
        using (tenant.EnterUnrestrictedScope())
            await db.SaveChangesAsync(cancellationToken);
        changes.Clear();
    }

    private static long LockKey(Guid? chain) =>
        chain is { } id ? BitConverter.ToInt64(id.ToByteArray(), 0) : PlatformChainLockKey;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
