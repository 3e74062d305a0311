using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Hand-written SQL run on the context's connection inside its transaction, without EF's pipeline: for the statements
/// every money command runs around its business rows (idempotency key, audit chain head, the trail's rows), EF's
/// per-execution work cost more than the statements (docs/adr/0012).
/// </summary>
internal static class RawSql
{
    /// <summary>One row of plain values.</summary>
    public static async Task<T> SingleRowAsync<T>(this AppDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params NpgsqlParameter[] parameters) =>
        await db.ListAsync(sql, read, ct, parameters) is [var row] ? row : throw new InvalidOperationException("The statement did not return one row.");

    /// <summary>Every row, read one by one.</summary>
    public static async Task<List<T>> ListAsync<T>(this AppDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params NpgsqlParameter[] parameters)
    {
        var transaction = Transaction(db);
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }

    /// <summary>Statements sent together, in one round trip.</summary>
    public static async Task ExecuteBatchAsync(this AppDbContext db, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken ct)
    {
        var transaction = Transaction(db);
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        foreach (var command in commands) batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A positional parameter ($n) of the value's own type (null for a null nullable).</summary>
    public static NpgsqlParameter<T> Value<T>(T value) => new() { TypedValue = value };

    /// <summary>A positional text parameter, null allowed.</summary>
    public static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    /// <summary>The unit of work's transaction, which hand-written SQL joins.</summary>
    public static NpgsqlTransaction Transaction(AppDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
        ?? throw new InvalidOperationException("Raw SQL runs inside the unit of work's transaction.");
}
