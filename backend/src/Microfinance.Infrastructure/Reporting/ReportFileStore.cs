using System.Data;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Reporting;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>Export files in PostgreSQL (<c>report_files</c>, bytea), streamed in and out rather than held in memory.</summary>
public sealed class ReportFileStore(AppDbContext db, ITenantContext tenant) : IReportFileStore
{
    public async Task SaveAsync(Guid runId, Stream content, CancellationToken cancellationToken)
    {
        var transaction = RawSql.Transaction(db);
        await using var command = new NpgsqlCommand("INSERT INTO report_files (run_id, institution_id, content) VALUES ($1, $2, $3)",
            transaction.Connection, transaction)
        {
            Parameters = { RawSql.Value(runId), RawSql.Value(tenant.RequiredInstitutionId), new NpgsqlParameter { Value = content } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Stream?> OpenAsync(Guid runId, CancellationToken cancellationToken)
    {
        // Its own connection, open until the caller has read the file: the request's context may be used meanwhile.
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        var command = new NpgsqlCommand("SELECT content FROM report_files WHERE run_id = $1 AND ($2 OR institution_id = $3)", connection)
        {
            Parameters = { RawSql.Value(runId), RawSql.Value(tenant.IsUnrestricted), RawSql.Value(tenant.InstitutionId) },
        };
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.CloseConnection, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
            return null;
        }
        return new ReaderStream(await reader.GetStreamAsync(0, cancellationToken), reader, command);
    }

    /// <summary>The column's stream; disposing it closes the reader, and with it the connection.</summary>
    private sealed class ReaderStream(Stream inner, NpgsqlDataReader reader, NpgsqlCommand command) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await reader.DisposeAsync();
            await command.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                reader.Dispose();
                command.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
