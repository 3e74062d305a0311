using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Identity;
using Microfinance.Infrastructure.Security;
using Microfinance.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microfinance.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("Set the connection string ConnectionStrings__Default.");

        services.AddDbContext<AppDbContext>(options => options.UseNpgsql(connectionString,
            npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
        services.AddScoped<IApplicationDbContext>(p => p.GetRequiredService<AppDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<AuditChangeCollector>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<ILedgerStore, LedgerStore>();
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<Jobs.EndOfDayScheduler>();

        var dataProtection = configuration.GetSection(DataProtectionOptions.Section).Get<DataProtectionOptions>() ?? new DataProtectionOptions();
        dataProtection.EnsureUsable(environment.IsProduction());
        var idDocuments = new IdDocumentProtector(dataProtection.KeyBytes());
        services.AddSingleton(dataProtection);
        services.AddSingleton(idDocuments);
        services.AddSingleton<IIdDocumentProtector>(idDocuments);

        services.AddIdentityCore<User>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
            })
            .AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<IIdentityService, IdentityService>();

        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.Section));
        services.AddScoped<ITokenService, TokenService>();

        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}
