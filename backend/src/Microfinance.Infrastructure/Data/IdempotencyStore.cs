using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Microfinance.Infrastructure.Data;

public sealed class IdempotencyStore(AppDbContext db, TrailWriter trail, ITenantContext tenant, TimeProvider clock) : IIdempotencyStore
{
    /// <summary>
    /// Takes the key for this transaction (a transaction-scoped advisory lock) and reads its stored answer, in one round
    /// trip. Not taken: another request holding the key is still running.
    /// </summary>
    public async Task<IdempotentAnswer?> TakeAsync(string key, CancellationToken cancellationToken)
    {
        var institution = tenant.RequiredInstitutionId;
        var lockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{institution}:{key}")), 0);
        var (taken, first) = await db.SingleRowAsync("""
            SELECT t.taken, i.request_hash, i.response_body
              FROM (SELECT pg_try_advisory_xact_lock($1) AS taken) t
              LEFT JOIN idempotency_keys i ON t.taken AND i.institution_id = $2 AND i.key = $3
            """, row => (row.GetBoolean(0), row.IsDBNull(1) ? null : new IdempotentAnswer(row.GetString(1), row.GetString(2))),
            cancellationToken, RawSql.Value(lockKey), RawSql.Value(institution), RawSql.Text(key));
        return taken ? first : throw new ConflictException("idempotency_key_in_use", "A request with this Idempotency-Key is still being processed.");
    }

    public Task<bool> IsRememberedAsync(string key, CancellationToken cancellationToken)
    {
        var institution = tenant.RequiredInstitutionId;
        return db.IdempotencyRecords.AnyAsync(i => i.InstitutionId == institution && i.Key == key, cancellationToken);
    }

    /// <summary>Stored with the unit of work's last write, in the same transaction as the work.</summary>
    public void Remember(string key, IdempotentAnswer answer) =>
        trail.Add(new IdempotencyRecord
        {
            InstitutionId = tenant.RequiredInstitutionId,
            Key = key,
            RequestHash = answer.RequestHash,
            ResponseBody = answer.ResponseJson,
            CreatedAt = clock.GetUtcNow(),
        });
}
