using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Interfaces;

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

public sealed class IdempotencyStore(AppDbContext db, TrailWriter trail, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// Takes the key for this transaction (a transaction-scoped advisory lock) and reads its stored answer, in one round
    /// trip. Not taken: another request holding the key is still running.
    /// </summary>
    public async Task<(bool Taken, IdempotencyRecord? First)> TakeAsync(string key, CancellationToken ct)
    {
        var institution = tenant.RequiredInstitutionId;
        var lockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{institution}:{key}")), 0);
        return await db.SingleRowAsync("""
            SELECT t.taken, i.request_hash, i.status_code, i.response_body, i.location
              FROM (SELECT pg_try_advisory_xact_lock($1) AS taken) t
              LEFT JOIN idempotency_keys i ON t.taken AND i.institution_id = $2 AND i.key = $3
            """, row =>
            {
                var first = row.IsDBNull(1) ? null : new IdempotencyRecord
                {
                    InstitutionId = institution, Key = key, RequestHash = row.GetString(1), StatusCode = row.GetInt32(2),
                    ResponseBody = row.GetString(3), Location = row.IsDBNull(4) ? null : row.GetString(4),
                };
                return (row.GetBoolean(0), first);
            }, ct, RawSql.Value(lockKey), RawSql.Value(institution), RawSql.Text(key));
    }

    /// <summary>Stores the answer with the unit of work's last write, in the same transaction as the work.</summary>
    public void Remember(string key, string requestHash, int statusCode, string body, string? location) =>
        trail.Add(new IdempotencyRecord
        {
            InstitutionId = tenant.RequiredInstitutionId, Key = key, RequestHash = requestHash, StatusCode = statusCode,
            ResponseBody = body, Location = location, CreatedAt = clock.GetUtcNow(),
        });
}
