using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// Singleton: failed sign-ins on usernames that do not exist, locked by the same rule as real accounts (Identity's
/// lockout options), so that a "locked" answer never tells an attacker a username is real. Kept in memory: bounded,
/// per instance, forgotten at restart — it only has to look like the real thing.
/// </summary>
public sealed class UnknownUsernameLockouts(IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private const int MaxTracked = 10_000;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? Until)> _names = new(StringComparer.OrdinalIgnoreCase);

    public DateTimeOffset? LockedUntil(string username) =>
        _names.TryGetValue(username, out var entry) && entry.Until > clock.GetUtcNow() ? entry.Until : null;

    public void Failed(string username)
    {
        if (_names.Count >= MaxTracked) _names.Clear();
        var lockout = identity.Value.Lockout;
        _names.AddOrUpdate(username, _ => (1, null), (_, entry) => entry.Failures + 1 >= lockout.MaxFailedAccessAttempts
            ? (0, clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan)
            : (entry.Failures + 1, entry.Until));
    }
}
