using System.Globalization;
using System.Threading.RateLimiting;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// One fixed one-minute window per API client, sized by the limit its token carries. In memory, per instance: behind
/// several instances a client gets up to N times its limit, so the shared limit belongs to the proxy (docs/security.md).
/// </summary>
public sealed class ApiClientRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<(string ClientId, int PerMinute)> _limiter =
        PartitionedRateLimiter.Create<(string ClientId, int PerMinute), string>(key =>
            // The limit is part of the partition: a client re-registered with another limit gets a fresh window.
            RateLimitPartition.GetFixedWindowLimiter(key.ClientId + "/" + key.PerMinute.ToString(CultureInfo.InvariantCulture), _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = key.PerMinute, Window = Window, QueueLimit = 0, AutoReplenishment = true }));

    /// <summary>Takes one request; null when granted, otherwise how long until the window reopens.</summary>
    public TimeSpan? TryAcquire(string clientId, int perMinute)
    {
        using var lease = _limiter.AttemptAcquire((clientId, perMinute));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
    }

    public void Dispose() => _limiter.Dispose();
}
