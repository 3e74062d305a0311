using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>Ready once this instance's scheduler runs (or when the configuration leaves the jobs to the other instances).</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!configuration.GetValue($"{SchedulerSetup.Section}:Enabled", true))
            return HealthCheckResult.Healthy("The scheduler is off in this instance (Jobs:Scheduler:Enabled=false).");
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            return scheduler.Status == SchedulerStatus.Running
                ? HealthCheckResult.Healthy($"Scheduler {scheduler.SchedulerInstanceId} running.")
                : HealthCheckResult.Unhealthy($"Scheduler {scheduler.Status}.");
        }
        catch (SchedulerException ex)
        {
            return HealthCheckResult.Unhealthy("The scheduler could not be reached.", ex);
        }
    }
}
