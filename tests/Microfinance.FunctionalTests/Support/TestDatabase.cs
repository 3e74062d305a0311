using Npgsql;

namespace Microfinance.FunctionalTests.Support;

/// <summary>
/// Each test class gets its own database, copied in milliseconds from a template that was migrated and seeded with
/// the demo data once per test run.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var name = $"mf_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template}");
        return PostgresServer.ConnectionStringFor(name);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"mf_template_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        var connectionString = PostgresServer.ConnectionStringFor(name);
        // Starting the app once migrates and seeds it exactly as `make run` does.
        await using (var app = new ApiFactory(connectionString, new() { ["Database:MigrateOnStartup"] = "true", ["Seed:DemoData"] = "true" }))
            app.StartServer();
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
