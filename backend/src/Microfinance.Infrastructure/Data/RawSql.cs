using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Hand-written SQL that returns one row of plain values, run on the context's connection inside its transaction without
/// EF's query pipeline: for the two statements every money command runs (idempotency key, audit chain head), EF's
/// per-execution work on raw SQL cost more than the statement (docs/adr/0012).
/// </summary>
internal static class RawSql
{
    public static async Task<T> SingleRowAsync<T>(this AppDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params NpgsqlParameter[] parameters)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Raw SQL runs inside the unit of work's transaction.");
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The statement returned no row.");
        return read(reader);
    }
}
