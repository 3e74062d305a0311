using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microfinance.Application.Common.Observability;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.Infrastructure.Notifications;

/// <summary>
/// How many outbox messages wait to be sent, every institution's: the gauge <c>microfinance.outbox.pending</c> on the
/// business meter and the readiness check (<see cref="OutboxBacklogHealthCheck"/>). One count (the pending messages'
/// partial index) at most every few seconds, however often Prometheus and the load balancer ask.
/// </summary>
public sealed class OutboxBacklog
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly Lock _gate = new();
    private long _pending;
    private long _countedAt;

    public OutboxBacklog(IServiceScopeFactory scopes, IMeterFactory meters)
    {
        _scopes = scopes;
        meters.Create(BusinessMetrics.MeterName)
            .CreateObservableGauge("microfinance.outbox.pending", Pending, "{message}", "Outbox messages waiting to be sent");
    }

    public long Pending()
    {
        lock (_gate)
        {
            if (_countedAt != 0 && Stopwatch.GetElapsedTime(_countedAt) < FreshFor) return _pending;
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Raw SQL: every institution's messages, with no tenant in scope.
            _pending = db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM outbox_messages WHERE status = 'Pending'").Single();
            _countedAt = Stopwatch.GetTimestamp();
            return _pending;
        }
    }
}
