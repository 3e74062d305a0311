using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// A job of the scheduler as <see cref="SchedulerSetup"/> registered it: its name (the Quartz job and trigger key, and
/// the <c>{name}</c> of /api/v1/jobs), what it does in French, and when it fires — every <see cref="Interval"/>, or on
/// <see cref="Cron"/> when the configuration gives one.
/// </summary>
public sealed record ScheduledJob(string Name, string Description, Type JobType, TimeSpan Interval, string? Cron)
{
    public JobKey Key => new(Name);

    public TriggerKey TriggerKey => new(Name);

    /// <summary>
    /// Misfires (the firings missed while no instance ran) are caught up once, at once, and the schedule goes on from
    /// there: every missed run would do the same idempotent work again.
    /// </summary>
    public IScheduleBuilder Schedule() => Cron is { Length: > 0 }
        ? CronScheduleBuilder.Create(Cron).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)
        : SimpleScheduleBuilder.Create().WithInterval(Interval).RepeatForever()
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount);
}
