using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Microfinance.Infrastructure.Data;

/// <summary>Start-up work on the database, each step switched by configuration (see README, Configuration).</summary>
public static class DatabaseInitializer
{
    /// <summary>The session advisory lock that makes the start-up work one instance's at a time (any fixed number works).</summary>
    private const long StartUpLock = 0x4D46_5354_4152_5455; // "MFSTARTU"

    /// <summary>
    /// Several instances starting together on one database take turns: the first migrates and seeds, the others wait
    /// for it and then find nothing left to do (each step skips what exists). Without the lock two instances could both
    /// find the demo data missing and seed it twice.
    /// </summary>
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        var migrate = configuration.GetValue("Database:MigrateOnStartup", false);
        var seed = configuration.GetValue("Seed:DemoData", false);
        var adminUsername = configuration["Bootstrap:PlatformAdminUsername"];
        var adminPassword = configuration["Bootstrap:PlatformAdminPassword"];
        (string, string)? admin = !string.IsNullOrWhiteSpace(adminUsername) && !string.IsNullOrWhiteSpace(adminPassword)
            ? (adminUsername, adminPassword) : null;
        if (!migrate && !seed && admin is null) return;

        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Default"));
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && migrate)
        {
            // No database yet: the migration creates it, there is nothing to take turns on before that.
            await InitializeAloneAsync(services, migrate, seed, admin, ct);
            return;
        }
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({StartUpLock})", connection))
            await take.ExecuteNonQueryAsync(ct);
        try
        {
            await InitializeAloneAsync(services, migrate, seed, admin, ct);
        }
        finally
        {
            // Released explicitly: a pooled connection would otherwise keep the lock until it is next used.
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({StartUpLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task InitializeAloneAsync(
        IServiceProvider services, bool migrate, bool seed, (string Username, string Password)? admin, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (migrate)
        {
            logger.LogInformation("Applying database migrations");
            await provider.GetRequiredService<AppDbContext>().Database.MigrateAsync(ct);
        }

        if (admin is { } first)
            await BootstrapPlatformAdminAsync(provider, first.Username, first.Password, logger, ct);

        if (seed)
            await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(ct);
    }

    /// <summary>A fresh production installation gets its first platform administrator from configuration, once.</summary>
    private static async Task BootstrapPlatformAdminAsync(
        IServiceProvider provider, string username, string password, ILogger logger, CancellationToken ct)
    {
        var db = provider.GetRequiredService<AppDbContext>();
        using var unrestricted = provider.GetRequiredService<ITenantContext>().EnterUnrestrictedScope();
        if (await db.Users.AnyAsync(u => u.Role == Roles.PlatformAdmin, ct)) return;
        await provider.GetRequiredService<IUnitOfWork>().ExecuteAsync("BootstrapPlatformAdmin", () =>
            provider.GetRequiredService<IIdentityService>().CreateUserAsync(
                new NewUser(username, "Platform administrator", null, null, Roles.PlatformAdmin, null, password), "password", ct), ct);
        logger.LogInformation("Created the first platform administrator {Username}", username);
    }
}
