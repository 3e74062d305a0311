using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Data;

/// <summary>Start-up work on the database, each step switched by configuration (see README, Configuration).</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (configuration.GetValue("Database:MigrateOnStartup", false))
        {
            logger.LogInformation("Applying database migrations");
            await provider.GetRequiredService<AppDbContext>().Database.MigrateAsync(ct);
        }

        var adminUsername = configuration["Bootstrap:PlatformAdminUsername"];
        var adminPassword = configuration["Bootstrap:PlatformAdminPassword"];
        if (!string.IsNullOrWhiteSpace(adminUsername) && !string.IsNullOrWhiteSpace(adminPassword))
            await BootstrapPlatformAdminAsync(provider, adminUsername, adminPassword, logger, ct);

        if (configuration.GetValue("Seed:DemoData", false))
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
