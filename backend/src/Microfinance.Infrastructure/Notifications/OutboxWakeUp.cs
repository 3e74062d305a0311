using Microfinance.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// Between a committed unit of work and the outbox delivery job: asks the scheduler for a run now, through one one-shot
/// trigger of a fixed name, so that a burst of commits, on any number of instances, asks for one run. Commits while
/// this instance is already asking are folded into that ask; a message missed in a race is sent at the next poll.
/// </summary>
public sealed class OutboxWakeUp(ISchedulerFactory schedulers, IOptions<OutboxOptions> options, ILogger<OutboxWakeUp> logger) : IOutboxWakeUp
{
    public const string TriggerName = "outbox-delivery.wake-up";
    public const string JobName = "outbox-delivery";

    private int _asked;
    private int _asking;

    public void MessagesCommitted()
    {
        if (!options.Value.Enabled) return;
        Volatile.Write(ref _asked, 1);
        if (Interlocked.CompareExchange(ref _asking, 1, 0) == 0) _ = AskAsync();
    }

    private async Task AskAsync()
    {
        do
        {
            while (Interlocked.Exchange(ref _asked, 0) == 1)
            {
                try
                {
                    var scheduler = await schedulers.GetScheduler();
                    var trigger = TriggerBuilder.Create().WithIdentity(TriggerName).ForJob(JobName).StartNow().Build();
                    // Keep: a wake-up not yet fired already takes every message due.
                    await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "The outbox could not be woken; its messages go at the next poll");
                }
            }
            Volatile.Write(ref _asking, 0);
        }
        while (Volatile.Read(ref _asked) == 1 && Interlocked.CompareExchange(ref _asking, 1, 0) == 0);
    }
}
