using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// Runs <see cref="OutboxDelivery"/> every <see cref="OutboxOptions.PollSeconds"/>, and again at once while batches
/// come back full. Off with <c>Notifications:Outbox:Enabled=false</c> (the functional tests deliver themselves).
/// </summary>
public sealed class OutboxSender(OutboxDelivery delivery, IOptions<OutboxOptions> options, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(o.PollSeconds));
        do
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
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
