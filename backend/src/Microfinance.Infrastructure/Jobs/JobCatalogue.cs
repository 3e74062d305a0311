namespace Microfinance.Infrastructure.Jobs;

/// <summary>The jobs this build schedules (<see cref="SchedulerSetup"/>), for the admin API.</summary>
public sealed class JobCatalogue
{
    private readonly List<ScheduledJob> _jobs = [];

    public IReadOnlyList<ScheduledJob> Jobs => _jobs;

    public ScheduledJob? Find(string name) => _jobs.Find(j => j.Name == name);

    internal void Add(ScheduledJob job) => _jobs.Add(job);
}
