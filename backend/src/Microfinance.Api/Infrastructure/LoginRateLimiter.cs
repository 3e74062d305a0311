using System.Threading.RateLimiting;
using Microfinance.Application.Common.Exceptions;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// Fixed windows per client IP and per username (case-insensitive), both must grant. Lockout (5 failures) protects
/// one account; this slows password spraying across accounts and hammering of one account from many places.
/// </summary>
public sealed class LoginRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Ip, string Username)> _limiter;
    private readonly TimeSpan _window;

    public LoginRateLimiter(Microsoft.Extensions.Options.IOptions<LoginRateLimitOptions> options)
    {
        var o = options.Value;
        _window = TimeSpan.FromSeconds(o.WindowSeconds);
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Ip, string Username), string>(key =>
                RateLimitPartition.GetFixedWindowLimiter(key.Ip, _ => Window(o.PermitsPerIp))),
            PartitionedRateLimiter.Create<(string Ip, string Username), string>(key =>
                RateLimitPartition.GetFixedWindowLimiter(key.Username, _ => Window(o.PermitsPerUsername))));
    }

    /// <summary>Takes one attempt or throws <see cref="TooManyRequestsException"/> with the time until the window resets.</summary>
    public void Acquire(string? ip, string? username)
    {
        using var lease = _limiter.AttemptAcquire((ip ?? "unknown", (username ?? "").Trim().ToLowerInvariant()));
        if (!lease.IsAcquired)
            throw new TooManyRequestsException(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window);
    }

    public void Dispose() => _limiter.Dispose();

    private FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = _window, QueueLimit = 0, AutoReplenishment = true };
}
