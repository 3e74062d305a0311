using Microfinance.Application.Common.Observability;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Writes one <see cref="JobRun"/> when a run ends, succeeded or failed, and counts it on <c>microfinance.job_runs</c>.
/// A run cut short by its instance's crash is not written by it: the instance that runs it again writes that run.
/// </summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, BusinessMetrics metrics, TimeProvider clock, ILogger<JobRunRecorder> logger) : IJobListener
{
    /// <summary>The job data key of a manual run's id (<see cref="ScheduledJobs.TriggerAsync"/>).</summary>
    public const string RunIdKey = "runId";

    public string Name => "job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        var outcome = jobException is null ? "Succeeded" : "Failed";
        var manualId = context.MergedJobDataMap.GetString(RunIdKey);
        var triggeredBy = context.Recovering ? "Recovery"
            : manualId is not null ? "Manual"
            : context.Trigger.Key.Name == Notifications.OutboxWakeUp.TriggerName ? "WakeUp"
            : "Scheduled";
        var id = Guid.TryParse(manualId, out var given) ? given : Guid.CreateVersion7();
        var scheduledFor = triggeredBy == "Scheduled" ? context.ScheduledFireTimeUtc : null;
        var started = context.FireTimeUtc;
        var finished = clock.GetUtcNow();
        var error = jobException is null ? null : Truncate((jobException.InnerException ?? jobException).Message, 2000);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Written even while the instance stops: the run happened.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO job_runs (id, job_name, triggered_by, scheduled_for, started_at, finished_at, duration_ms, outcome, error, instance_id)
                VALUES ({id}, {name}, {triggeredBy}, {scheduledFor}, {started}, {finished}, {(long)context.JobRunTime.TotalMilliseconds},
                        {outcome}, {error}, {context.Scheduler.SchedulerInstanceId})
                """, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The run of {Job} ({Outcome}) could not be recorded", name, outcome);
        }
        metrics.JobRuns.Add(1, new KeyValuePair<string, object?>("job_name", name), new KeyValuePair<string, object?>("outcome", outcome.ToLowerInvariant()));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
