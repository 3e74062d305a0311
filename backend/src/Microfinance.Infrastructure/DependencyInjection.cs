using System.Data.Common;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Audit;
using Microfinance.Infrastructure.Data;
using Microfinance.Application.Payments;
using Microfinance.Application.IdentityAccess;
using Microfinance.Infrastructure.Identity;
using Microfinance.Infrastructure.Jobs;
using Microfinance.Infrastructure.Notifications;
using Microfinance.Domain.Notifications;
using Microfinance.Infrastructure.Payments;
using Microfinance.Infrastructure.Security;
using Microfinance.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Microfinance.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("Set the connection string ConnectionStrings__Default.");

        // The options are built once for the process (rebuilding them re-parsed the connection string for every request),
        // and contexts are pooled: each request rents one, bound to it (RentedDbContext, docs/adr/0012).
        var effectiveConnectionString = WithSessionDefaults(connectionString);
        services.AddPooledDbContextFactory<AppDbContext>(options => options.UseNpgsql(effectiveConnectionString,
            npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
        services.AddScoped<RentedDbContext>();
        services.AddScoped(p => p.GetRequiredService<RentedDbContext>().Context);
        services.AddScoped<IApplicationDbContext>(p => p.GetRequiredService<AppDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<AuditChangeCollector>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<IAuditTrail>(p => p.GetRequiredService<AuditTrail>());
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<IRowLocks, RowLocks>();
        services.AddScoped<INumberSequences, NumberSequences>();
        services.AddScoped<LedgerRows>();
        services.AddScoped<ILedgerRows>(p => p.GetRequiredService<LedgerRows>());
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<TrailWriter>();
        // Every anomaly rule's search: a new rule is a class implementing IAnomalyRuleDetector, found here.
        foreach (var detector in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(Application.Anomalies.IAnomalyRuleDetector))))
            services.AddScoped(typeof(Application.Anomalies.IAnomalyRuleDetector), detector);
        services.AddScoped<Application.Reporting.IReportFileStore, Reporting.ReportFileStore>();
        services.AddSingleton<Application.Reporting.IReportWriter, Reporting.CsvReportWriter>();
        services.AddSingleton<Application.Reporting.IReportWriter, Reporting.XlsxReportWriter>();
        services.AddSingleton<Application.Reporting.IReportWriter, Reporting.PdfReportWriter>();
        services.AddSingleton<Application.Reporting.Documents.IDocumentWriter, Reporting.PdfDocumentWriter>();
        AddPayments(services, configuration, environment);
        AddOutbox(services, configuration);
        AddAssistant(services, configuration, environment);
        services.AddScheduler(configuration, effectiveConnectionString);

        var dataProtection = configuration.GetSection(DataProtectionOptions.Section).Get<DataProtectionOptions>() ?? new DataProtectionOptions();
        dataProtection.EnsureUsable(environment.IsProduction());
        var idDocuments = new IdDocumentProtector(dataProtection.KeyBytes());
        services.AddSingleton(dataProtection);
        services.AddSingleton(idDocuments);
        services.AddSingleton<IIdDocumentProtector>(idDocuments);
        services.AddSingleton(new TotpSecretProtector(dataProtection.KeyBytes()));

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
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddSingleton<UnknownUsernameLockouts>();

        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.Section));
        services.AddScoped<ITokenService, TokenService>();
        services.AddScoped<IClientTokenService, ClientTokenService>();
        services.AddOptions<Application.IdentityAccess.ApiClientsOptions>().Bind(configuration.GetSection(Application.IdentityAccess.ApiClientsOptions.Section))
            .Validate(o => o.TokenMinutes is >= 1 and <= 60 && o.DefaultRateLimitPerMinute >= 1 && o.DefaultRateLimitPerMinute <= Application.IdentityAccess.ApiClientsOptions.MaxRateLimitPerMinute,
                $"ApiClients:TokenMinutes must be 1 to 60 and ApiClients:DefaultRateLimitPerMinute 1 to {Application.IdentityAccess.ApiClientsOptions.MaxRateLimitPerMinute}.")
            .ValidateOnStart();
        AddTwoFactor(services, configuration, environment);

        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    private static void AddTwoFactor(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(TwoFactorOptions.Section);
        (section.Get<TwoFactorOptions>() ?? new TwoFactorOptions()).EnsureUsable(environment.IsProduction());
        services.AddOptions<TwoFactorOptions>().Bind(section);
        services.AddScoped<ITwoFactorService, TwoFactorService>();
        services.AddSingleton<ITwoFactorTokens, TwoFactorTokens>();
    }

    private static void AddPayments(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.Section));
        services.AddHttpClient(KkiapayGateway.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IPaymentGateway, KkiapayGateway>();
        // The sandbox provider exists only outside Production: there, a sandbox account's webhooks are refused (no gateway).
        if (environment.IsProduction())
        {
            if (configuration[$"{SandboxOptions.Section}:WebhookSecret"] == SandboxOptions.DevelopmentSecret)
                throw new InvalidOperationException("The development sandbox webhook secret is refused in Production (unset Payments__Sandbox__WebhookSecret).");
            return;
        }
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section));
        services.AddScoped<SandboxGateway>();
        services.AddScoped<IPaymentGateway>(p => p.GetRequiredService<SandboxGateway>());
        services.AddScoped<ISandboxProvider>(p => p.GetRequiredService<SandboxGateway>());
        services.AddHttpClient(SandboxDispatcher.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SandboxDispatcher>();
        services.AddHostedService(p => p.GetRequiredService<SandboxDispatcher>());
    }

    /// <summary>The assistant's model (docs/anomalies.md "The assistant"): offline unless Assistant:Endpoint is set; the key never reaches a log.</summary>
    private static void AddAssistant(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Anomalies.AssistantOptions.Section);
        (section.Get<Anomalies.AssistantOptions>() ?? new Anomalies.AssistantOptions()).EnsureUsable(environment.IsProduction());
        services.AddOptions<Anomalies.AssistantOptions>().Bind(section);
        services.AddHttpClient(Anomalies.OpenAiCompatibleModel.HttpClientName).RedactLoggedHeaders(["Authorization"]);
        services.AddSingleton<Application.Anomalies.Assistant.IAssistantModel, Anomalies.OpenAiCompatibleModel>();
    }

    /// <summary>
    /// The outbox's delivery (docs/notifications-outbox.md): e-mails through SMTP when <c>Smtp:Host</c> is set, SMS through
    /// the HTTP gateway when <c>Sms:GatewayUrl</c> is set, and either written to a file otherwise.
    /// </summary>
    private static void AddOutbox(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o is { PollSeconds: > 0, BatchSize: > 0 and <= 1000, LeaseSeconds: > 0, MaxAttempts: > 0, RetryBaseSeconds: > 0 }
                && o.RetryCapSeconds >= o.RetryBaseSeconds,
                "Notifications:Outbox: PollSeconds, LeaseSeconds, MaxAttempts and RetryBaseSeconds must be positive, BatchSize 1 to 1000, RetryCapSeconds at least RetryBaseSeconds.")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<SmsGatewayOptions>().Bind(configuration.GetSection(SmsGatewayOptions.Section));
        services.AddSingleton<FileMessageSender>();
        if (configuration[$"{SmtpOptions.Section}:Host"] is { Length: > 0 })
        {
            if (configuration[$"{SmtpOptions.Section}:From"] is not { Length: > 0 })
                throw new InvalidOperationException("Set Smtp__From, the sender's address of the e-mails, with Smtp__Host.");
            services.AddKeyedSingleton<IMessageSender, SmtpEmailSender>(MessageChannel.Email);
        }
        else
            services.AddKeyedSingleton<IMessageSender>(MessageChannel.Email, (p, _) => p.GetRequiredService<FileMessageSender>());
        if (configuration[$"{SmsGatewayOptions.Section}:GatewayUrl"] is { Length: > 0 })
        {
            var timeout = TimeSpan.FromSeconds(configuration.GetValue($"{SmsGatewayOptions.Section}:TimeoutSeconds", new SmsGatewayOptions().TimeoutSeconds));
            services.AddHttpClient(HttpSmsSender.HttpClientName, c => c.Timeout = timeout);
            services.AddKeyedSingleton<IMessageSender, HttpSmsSender>(MessageChannel.Sms);
        }
        else
            services.AddKeyedSingleton<IMessageSender>(MessageChannel.Sms, (p, _) => p.GetRequiredService<FileMessageSender>());
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxWakeUp>();
        services.AddSingleton<IOutboxWakeUp>(p => p.GetRequiredService<OutboxWakeUp>());
    }

    /// <summary>
    /// Unless the connection string says otherwise (docs/operations.md): Npgsql prepares the statements a connection runs
    /// often (the money path's dozen), so PostgreSQL stops parsing and planning them on every request; and a pooled
    /// connection is not reset with DISCARD ALL each time it is handed out — that round trip also threw the prepared
    /// statements and PL/pgSQL plans away. The application keeps no session state (advisory locks are transaction-scoped).
    /// And two planner settings for its sessions (bench/RESULTS.md step 12): JIT off — its cost threshold misjudges the
    /// reports' queries, and compiling cost a dashboard 240 of its 420 ms for a query that runs in 90; and a random page
    /// costed as on solid-state storage (1.1, not 4), else the planner scans two million ledger lines rather than look up
    /// the few thousand of today's entries by index.
    /// </summary>
    private static string WithSessionDefaults(string connectionString)
    {
        // The plain builder knows only the keywords written (Npgsql's answers true for every keyword it supports).
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Says(params string[] keywords) => keywords.Any(written.ContainsKey);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Says("Max Auto Prepare", "MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!Says("No Reset On Close", "NoResetOnClose")) builder.NoResetOnClose = true;
        if (!Says("Options")) builder.Options = "-c jit=off -c random_page_cost=1.1";
        return builder.ConnectionString;
    }
}
