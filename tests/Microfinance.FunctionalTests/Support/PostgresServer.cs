using System.Diagnostics;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// The PostgreSQL server the tests use, in this order (docs/adr/0004): the one named by MF_TEST_CONNECTION_STRING; else
/// a container started through Testcontainers when a Docker engine answers; else a disposable cluster booted from the
/// local binaries into a temporary folder. MF_TEST_POSTGRES=container or =binaries forces one of the last two.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionStringVariable = "MF_TEST_CONNECTION_STRING";
    public const string ModeVariable = "MF_TEST_POSTGRES";
    public const string ImageVariable = "MF_TEST_POSTGRES_IMAGE";

    /// <summary>
    /// The test classes run in parallel, each with its own app(s) and connection pool(s): 50-way races, two instances
    /// at once, the clustered scheduler. 300 was once exhausted (53300 "too many clients", seen as 500s) once those came.
    /// </summary>
    private const int MaxConnections = 1000;

    private static readonly Lazy<string> Admin = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string with the right to create databases.</summary>
    public static string AdminConnectionString => Admin.Value;

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static string Start()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        var mode = Environment.GetEnvironmentVariable(ModeVariable);
        if (mode != "binaries" && StartContainer(required: mode == "container") is { } container) return container;
        return StartCluster().ConnectionString;
    }

    /// <summary>
    /// A throw-away PostgreSQL container (postgres:15-alpine unless MF_TEST_POSTGRES_IMAGE names another), or null when
    /// no Docker engine answers and none was required. Testcontainers removes it when the process ends.
    /// </summary>
    private static string? StartContainer(bool required)
    {
        PostgreSqlContainer container;
        try
        {
            container = new PostgreSqlBuilder(Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image : "postgres:15-alpine")
                // The builder already turns fsync, synchronous_commit and full_page_writes off.
                .WithCommand("-c", $"max_connections={MaxConnections}")
                .Build();
        }
        catch (DockerUnavailableException) when (!required)
        {
            return null;
        }
        container.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { IncludeErrorDetail = true }.ConnectionString;
    }

    /// <summary>
    /// A new disposable cluster booted from the local binaries (initdb into a temporary folder, a free port): the tests'
    /// server when there is no other, or a second one (a restore's fresh cluster). Removed when disposed, or at the
    /// latest when the test process ends.
    /// </summary>
    public static Cluster StartCluster()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.Parse(Path.GetFileName(d))).LastOrDefault()
            ?? throw new InvalidOperationException($"No PostgreSQL binaries under /usr/lib/postgresql; install postgresql or set {ConnectionStringVariable}.");
        bin = Path.Combine(bin, "bin");
        var dataDir = Path.Combine(Path.GetTempPath(), $"mf-test-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"postgres {dataDir}", asPostgres: false);

        var port = FreePorts.Next();
        Run(Path.Combine(bin, "initdb"), $"-D {dataDir} -U postgres --auth=trust -E UTF8 --no-locale", asRoot);
        // Durability settings off: a test cluster is thrown away, speed matters more.
        Run(Path.Combine(bin, "pg_ctl"),
            $"-D {dataDir} -l {dataDir}/server.log -w start -o \"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 " +
            $"-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections={MaxConnections}\"", asRoot);

        var cluster = new Cluster($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true", bin, dataDir, asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }

    public sealed class Cluster(string connectionString, string bin, string dataDir, bool asRoot) : IDisposable
    {
        private int _stopped;

        public string ConnectionString => connectionString;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), $"-D {dataDir} -m immediate stop", asRoot);
                Directory.Delete(dataDir, recursive: true);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException)
            {
                Console.Error.WriteLine($"Could not clean up the test cluster in {dataDir}: {ex.Message}");
            }
        }
    }

    private static void Run(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {error}{output.Result}");
    }
}
