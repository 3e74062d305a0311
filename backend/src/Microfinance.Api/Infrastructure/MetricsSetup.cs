using Microfinance.Application.Common.Observability;
using Microfinance.Infrastructure.Notifications;
using OpenTelemetry.Metrics;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// <c>/metrics</c> in Prometheus' text format through OpenTelemetry (docs/operations.md, "Metrics, logs, health"): HTTP
/// requests per route, the .NET runtime, Npgsql's connection pool and commands, and the business meter — with the outbox
/// backlog, which is also part of readiness.
/// </summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    /// <summary>The meter Npgsql reports its pool and commands on (no package needed).</summary>
    private const string NpgsqlMeter = "Npgsql";

    public static IServiceCollection AddPrometheusMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section));
        services.AddSingleton<MetricsAccess>();
        services.AddOptions<OutboxHealthOptions>().Bind(configuration.GetSection(OutboxHealthOptions.Section));
        services.AddSingleton<OutboxBacklog>();
        services.AddHealthChecks().AddCheck<OutboxBacklogHealthCheck>("outbox", tags: ["ready"]);
        // Disabled, nothing is measured at all (no cost per request) and /metrics is an unknown path.
        if (!Enabled(configuration)) return services;
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(NpgsqlMeter, BusinessMetrics.MeterName)
            // Built with the meter provider, so its gauge exists before the first scrape.
            .AddInstrumentation(p => p.GetRequiredService<OutboxBacklog>())
            // Each scrape reads the instruments afresh (the exporter otherwise serves one answer for 300 ms).
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    private static bool Enabled(IConfiguration configuration) =>
        configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>()?.Enabled ?? new MetricsOptions().Enabled;

    /// <summary>Anyone <see cref="MetricsAccess"/> refuses goes on down the pipeline, to a 404 like any unknown path.</summary>
    public static void UsePrometheusMetrics(this WebApplication app)
    {
        if (!Enabled(app.Configuration)) return;
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == Path && access.Allows(context));
    }
}
