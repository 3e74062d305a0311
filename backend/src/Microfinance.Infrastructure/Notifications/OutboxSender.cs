using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// Runs <see cref="OutboxDelivery"/> every <see cref="OutboxOptions.PollSeconds"/>, at once when a unit of work of this
/// instance committed messages (<see cref="OutboxWakeUp"/>), and again while rounds come back full. Off with
/// <c>Notifications:Outbox:Enabled=false</c> (the functional tests deliver themselves).
/// </summary>
public sealed class OutboxSender(OutboxDelivery delivery, OutboxWakeUp wakeUp, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int taken;
                do taken = await delivery.DeliverDueAsync(stoppingToken);
                while (taken == o.BatchSize); // a full batch: more may be due
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The outbox could not be delivered; retrying at the next tick");
            }
            await wakeUp.WaitAsync(TimeSpan.FromSeconds(o.PollSeconds), stoppingToken);
        }
    }
}
