using Microfinance.Domain.Audit;
using Npgsql;
using static Microfinance.Infrastructure.Data.RawSql;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Scoped: what a unit of work appends to its trail — the audit records and the idempotency answer — written by
/// <see cref="UnitOfWork"/> in one round trip of plain statements just before commit (docs/adr/0012). These rows
/// are append-only and complete when created, so they skip EF's change tracking and update pipeline, which cost more
/// than the statements themselves.
/// </summary>
public sealed class TrailWriter
{
    private readonly List<AuditRecord> _records = [];
    private IdempotencyRecord? _answer;

    public void Add(AuditRecord record) => _records.Add(record);

    public void Add(IdempotencyRecord answer) => _answer = answer;

    /// <summary>Forgets what a failed unit of work appended.</summary>
    public void Clear()
    {
        _records.Clear();
        _answer = null;
    }

    public async Task WriteAsync(AppDbContext db, CancellationToken ct)
    {
        var batch = _records.Select(AuditInsert).ToList();
        if (_answer is { } answer)
            batch.Add(new NpgsqlBatchCommand("""
                INSERT INTO idempotency_keys (institution_id, key, request_hash, response_body, created_at)
                VALUES ($1, $2, $3, $4, $5)
                """)
            {
                Parameters =
                {
                    Value(answer.InstitutionId), Text(answer.Key), Text(answer.RequestHash), Text(answer.ResponseBody), Value(answer.CreatedAt),
                },
            });
        Clear();
        if (batch.Count > 0) await db.ExecuteBatchAsync(batch, ct);
    }

    /// <summary>One prepared INSERT per record (cheaper for PostgreSQL than unnesting arrays of a handful).</summary>
    private static NpgsqlBatchCommand AuditInsert(AuditRecord r) => new("""
        INSERT INTO audit_records (id, institution_id, chain, sequence, occurred_at, actor_id, actor_username, action, entity_type,
                                   entity_id, before, after, ip_address, correlation_id, previous_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        """)
    {
        Parameters =
        {
            Value(r.Id), Value(r.InstitutionId), Value(r.Chain), Value(r.Sequence), Value(r.OccurredAt), Value(r.ActorId),
            Text(r.ActorUsername), Text(r.Action), Text(r.EntityType), Text(r.EntityId), Text(r.Before), Text(r.After),
            Text(r.IpAddress), Text(r.CorrelationId), Text(r.PreviousHash), Text(r.Hash),
        },
    };
}
