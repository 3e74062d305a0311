using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data;

/// <summary>The first answer to a request sent with an Idempotency-Key, kept to be replayed (Stripe's semantics).</summary>
public sealed class IdempotencyRecord : Identity.INotAudited
{
    public Guid InstitutionId { get; set; }
    public string Key { get; set; } = "";
    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string ResponseBody { get; set; } = "";
    public string? Location { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class IdempotencyStore(AppDbContext db, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// Takes the key for this transaction (a transaction-scoped advisory lock). False when another request holds it:
    /// that request is still running.
    /// </summary>
    public async Task<bool> TryTakeAsync(string key, CancellationToken ct)
    {
        var lockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenant.RequiredInstitutionId}:{key}")), 0);
        var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({lockKey}) AS \"Value\"").ToListAsync(ct);
        return taken.Single();
    }

    public Task<IdempotencyRecord?> FindAsync(string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct);

    public async Task SaveAsync(string key, string requestHash, int statusCode, string body, string? location, CancellationToken ct)
    {
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            InstitutionId = tenant.RequiredInstitutionId, Key = key, RequestHash = requestHash, StatusCode = statusCode,
            ResponseBody = body, Location = location, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }
}
