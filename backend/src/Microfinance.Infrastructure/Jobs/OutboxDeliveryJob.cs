using Microfinance.Infrastructure.Notifications;
using Microsoft.Extensions.Options;
using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// Delivers the outbox (<see cref="OutboxDelivery"/>): fired every <see cref="OutboxOptions.PollSeconds"/>, and at once
/// when a unit of work committed messages (<see cref="OutboxWakeUp"/>); it goes on while rounds come back full. Several
/// senders at once would still send each message once (SKIP LOCKED and a lease); one at a time saves the empty rounds.
/// </summary>
public sealed class OutboxDeliveryJob(OutboxDelivery delivery, IOptions<OutboxOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        int taken;
        do taken = await delivery.DeliverDueAsync(ct);
        while (taken == options.Value.BatchSize); // a full batch: more may be due
    }
}
