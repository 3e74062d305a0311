using System.Threading.RateLimiting;
using Microfinance.Application.Common.Exceptions;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// The webhook's own limit, per provider account (the route's code): anonymous callers cannot spend the staff's budget,
/// and a flood aimed at one provider's route does not slow the others.
/// </summary>
public sealed class WebhookRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly PartitionedRateLimiter<string> _limiter;

    public WebhookRateLimiter(Microsoft.Extensions.Options.IOptions<WebhookRateLimitOptions> options)
    {
        var permits = options.Value.PermitsPerSecond;
        _limiter = PartitionedRateLimiter.Create<string, string>(provider => RateLimitPartition.GetFixedWindowLimiter(provider,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true }));
    }

    public void Acquire(string provider)
    {
        using var lease = _limiter.AttemptAcquire(provider.ToLowerInvariant());
        if (!lease.IsAcquired)
            throw new TooManyRequestsException(Window, "webhook_rate_limited", "Too many deliveries for this provider; retry in a moment.");
    }

    public void Dispose() => _limiter.Dispose();
}
