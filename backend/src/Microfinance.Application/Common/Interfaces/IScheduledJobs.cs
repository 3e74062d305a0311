using Microfinance.Application.IdentityAccess;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>The scheduler's jobs (docs/operations.md "Scheduled jobs"), shared by every instance of the cluster.</summary>
public interface IScheduledJobs
{
    /// <summary>Every job with its schedule, next firing and last run.</summary>
    Task<IReadOnlyList<ScheduledJobDto>> ListAsync(CancellationToken ct);

    /// <summary>True when <paramref name="name"/> is a job of the scheduler.</summary>
    bool Exists(string name);

    /// <summary>The latest runs of <paramref name="name"/>, newest first.</summary>
    Task<IReadOnlyList<JobRunDto>> RunsAsync(string name, int limit, CancellationToken ct);

    /// <summary>Asks for a run now: whichever instance takes it runs it once; the run is recorded under <paramref name="runId"/>.</summary>
    Task TriggerAsync(string name, Guid runId, CancellationToken ct);
}
