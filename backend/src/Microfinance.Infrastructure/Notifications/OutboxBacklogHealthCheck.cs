using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// Part of <c>/health/ready</c>: Degraded (still 200, the instance keeps its traffic) when more outbox messages wait than
/// <c>Health:OutboxBacklogDegraded</c> — the senders are down or too slow, which an operator should see.
/// </summary>
public sealed class OutboxBacklogHealthCheck(OutboxBacklog backlog, IOptions<OutboxHealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = backlog.Pending();
        var threshold = options.Value.OutboxBacklogDegraded;
        var data = new Dictionary<string, object> { ["pending"] = pending, ["threshold"] = threshold };
        return Task.FromResult(pending > threshold
            ? HealthCheckResult.Degraded($"{pending} outbox messages wait to be sent (more than {threshold}).", data: data)
            : HealthCheckResult.Healthy($"{pending} outbox messages wait to be sent.", data));
    }
}
