using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>The jobs as the shared job store and <c>job_runs</c> see them: the same answer from every instance.</summary>
public sealed class ScheduledJobs(ISchedulerFactory schedulers, JobCatalogue catalogue, IServiceScopeFactory scopes) : IScheduledJobs
{
    public async Task<IReadOnlyList<ScheduledJobDto>> ListAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var names = catalogue.Jobs.Select(j => j.Name).ToList();
        Dictionary<string, JobRunDto> lastRuns;
        await using (var scope = scopes.CreateAsyncScope())
        {
            lastRuns = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobRun>().AsNoTracking()
                    .Where(r => names.Contains(r.JobName))
                    .GroupBy(r => r.JobName)
                    .Select(g => g.OrderByDescending(r => r.StartedAt).First())
                    .ToListAsync(ct))
                .ToDictionary(r => r.JobName, ToDto);
        }

        var jobs = new List<ScheduledJobDto>();
        foreach (var job in catalogue.Jobs)
        {
            var trigger = await scheduler.GetTrigger(job.TriggerKey, ct);
            var paused = trigger is not null && await scheduler.GetTriggerState(job.TriggerKey, ct) == TriggerState.Paused;
            jobs.Add(new ScheduledJobDto(job.Name, job.Description, (int)job.Interval.TotalSeconds, job.Cron is { Length: > 0 } ? job.Cron : null,
                paused ? null : trigger?.NextFireTimeUtc, paused, lastRuns.GetValueOrDefault(job.Name)));
        }
        return jobs;
    }

    public bool Exists(string name) => catalogue.Find(name) is not null;

    public async Task<IReadOnlyList<JobRunDto>> RunsAsync(string name, int limit, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobRun>().AsNoTracking()
                .Where(r => r.JobName == name).OrderByDescending(r => r.StartedAt).Take(limit).ToListAsync(ct))
            .Select(ToDto).ToList();
    }

    public async Task TriggerAsync(string name, Guid runId, CancellationToken ct)
    {
        var job = catalogue.Find(name) ?? throw new ArgumentException($"No job {name}.", nameof(name));
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(job.Key, new JobDataMap { [JobRunRecorder.RunIdKey] = runId.ToString() }, ct);
    }

    private static JobRunDto ToDto(JobRun r) =>
        new(r.Id, r.JobName, r.TriggeredBy, r.ScheduledFor, r.StartedAt, r.FinishedAt, r.DurationMs, r.Outcome, r.Error, r.InstanceId);
}
