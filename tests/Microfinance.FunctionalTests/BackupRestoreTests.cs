using System.Diagnostics;
using Npgsql;

namespace Microfinance.FunctionalTests;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh as an operator runs them: an encrypted backup of a database holding the demo
/// data, restored into a freshly initialised PostgreSQL cluster, is the same database — every table has as many rows,
/// the ledger and the audit chain verify there — and a damaged, wrongly keyed or misdirected restore is refused.
/// </summary>
public sealed class BackupRestoreTests(BackupRestoreTests.DemoDatabase source) : IClassFixture<BackupRestoreTests.DemoDatabase>, IDisposable
{
    private const string Key = "backup-test key with spaces & symbols";
    private readonly string _backupDir = Directory.CreateTempSubdirectory("mf-backups-").FullName;
    private readonly string _source = source.ConnectionString;

    /// <summary>
    /// The demo institution with clients and months of operations, seeded as `make run` does; the app is stopped before
    /// any backup, so that nothing writes between a dump and the count of the source's rows.
    /// </summary>
    public sealed class DemoDatabase : IAsyncLifetime
    {
        public string ConnectionString { get; private set; } = "";

        public async Task InitializeAsync()
        {
            ConnectionString = await TestDatabase.CreateAsync();
            await using (var seeding = new ApiFactory(ConnectionString, new() { ["Seed:DemoData"] = "true", ["Seed:DemoClients"] = "12" }))
                seeding.StartServer();
            NpgsqlConnection.ClearAllPools();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    public void Dispose() => Directory.Delete(_backupDir, recursive: true);

    [Fact]
    public async Task An_encrypted_backup_restored_into_a_fresh_cluster_has_every_row_and_verifies()
    {
        var backup = await BackUpAsync(_source);
        backup.Should().EndWith(".dump.gpg");
        File.Exists(backup + ".sha256").Should().BeTrue();
        (await File.ReadAllBytesAsync(backup)).Take(5).Should().NotEqual("PGDMP"u8.ToArray(), "the dump is encrypted, not pg_dump's plain custom format");

        using var freshCluster = PostgresServer.StartCluster();
        var restored = new NpgsqlConnectionStringBuilder(freshCluster.ConnectionString) { Database = "microfinance_restored" }.ConnectionString;
        (await RunAsync("scripts/restore.sh", [backup], restored)).ExitCode.Should().Be(0);

        var sourceCounts = await RowCountsAsync(_source);
        sourceCounts.Should().ContainKey("public.journal_entries").WhoseValue.Should().BePositive("the demo data has months of operations");
        sourceCounts["public.audit_records"].Should().BePositive();
        (await RowCountsAsync(restored)).Should().Equal(sourceCounts);

        await using var app = new ApiFactory(restored);
        app.StartServer();
        var accountant = await SignedInAsync(app, "accountant");
        (await (await accountant.GetAsync("/api/v1/accounting/verify")).JsonAsync()).ShouldBeOk();
        var audit = await (await (await SignedInAsync(app, "auditor")).GetAsync("/api/v1/audit/verify")).JsonAsync();
        audit.GetProperty("ok").GetBoolean().Should().BeTrue(audit.ToString());
        audit.GetProperty("checkedCount").GetInt64().Should().BePositive();
        (await app.CreateClient().GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "every migration is applied in the restored database");
    }

    [Fact]
    public async Task A_restore_refuses_a_non_empty_database_a_wrong_key_and_an_altered_file()
    {
        var backup = await BackUpAsync(_source);

        var intoSource = await RunAsync("scripts/restore.sh", [backup], _source);
        intoSource.ExitCode.Should().Be(4, intoSource.Error);
        intoSource.Error.Should().Contain("already holds");

        var elsewhere = PostgresServer.ConnectionStringFor($"mf_restore_{Guid.NewGuid():N}");
        var wrongKey = await RunAsync("scripts/restore.sh", [backup], elsewhere, key: "not the key");
        wrongKey.ExitCode.Should().Be(3, wrongKey.Error);
        wrongKey.Error.Should().Contain("Could not decrypt");

        var bytes = await File.ReadAllBytesAsync(backup);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(backup, bytes);
        var altered = await RunAsync("scripts/restore.sh", [backup], elsewhere);
        altered.ExitCode.Should().Be(3, altered.Error);
        altered.Error.Should().Contain("does not match its checksum");
    }

    [Fact]
    public async Task A_backup_removes_its_own_backups_older_than_the_retention_and_nothing_else()
    {
        var database = new NpgsqlConnectionStringBuilder(_source).Database!;
        var old = Path.Combine(_backupDir, $"{database}-20200101T000000Z.dump.gpg");
        var recent = Path.Combine(_backupDir, $"{database}-20200102T000000Z.dump.gpg");
        var foreign = Path.Combine(_backupDir, "notes.txt");
        foreach (var file in new[] { old, old + ".sha256", recent, foreign }) await File.WriteAllTextAsync(file, "x");
        foreach (var file in new[] { old, old + ".sha256", foreign }) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-8));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-6));

        var backup = await BackUpAsync(_source, ("BACKUP_RETENTION_DAYS", "7"));

        Directory.GetFiles(_backupDir).Order().Should().Equal(new[] { backup, backup + ".sha256", recent, foreign }.Order());
    }

    /// <summary>A client of <paramref name="app"/> signed in as a demo user: the users and their password hashes came back.</summary>
    private static async Task<HttpClient> SignedInAsync(ApiFactory app, string username)
    {
        using var login = await app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { username, password = TestApp.DemoPassword });
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.JsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<string> BackUpAsync(string connectionString, params (string Name, string Value)[] settings)
    {
        var result = await RunAsync("scripts/backup.sh", [], connectionString, settings: settings);
        result.ExitCode.Should().Be(0, result.Error);
        return result.Output.Trim();
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string script, string[] arguments, string connectionString, string key = Key, params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The scripts read the API's own setting, as they do in a deployment.
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["BACKUP_DIR"] = _backupDir;
        start.Environment["BACKUP_ENCRYPTION_KEY"] = key;
        foreach (var (name, value) in settings) start.Environment[name] = value;
        foreach (var name in new[] { "DATABASE_URL", "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE" }) start.Environment.Remove(name);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The exact number of rows of every table outside PostgreSQL's own schemas.</summary>
    private static async Task<Dictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("""
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
