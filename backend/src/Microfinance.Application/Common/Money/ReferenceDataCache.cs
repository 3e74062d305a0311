using System.Collections.Concurrent;

namespace Microfinance.Application.Common.Money;

/// <summary>
/// What every money request reads and almost nothing changes — an institution's profile, its ledger mappings, its deposit
/// products — kept per process for <see cref="Lifetime"/> (ADR 0012). A save that changes any of them forgets the
/// institution's entries at once (AppDbContext), and again after commit; another API instance sees the change within
/// <see cref="Lifetime"/>. Cached objects are shared between requests: read them, never change or attach them.
/// </summary>
public sealed class ReferenceDataCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The key of what belongs to no institution: the payment provider accounts, found by their webhook's code.</summary>
    public static readonly Guid Platform = Guid.Empty;

    private readonly ConcurrentDictionary<(Guid Institution, Type Kind, Guid Id), Entry> _entries = new();

    public async Task<T> GetAsync<T>(Guid institution, Guid id, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        var key = (institution, typeof(T), id);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now)
            return (T)entry.Value;
        var value = await load(cancellationToken);
        _entries[key] = new Entry(value, now + Lifetime);
        return value;
    }

    public void Forget(Guid institution)
    {
        foreach (var key in _entries.Keys.Where(k => k.Institution == institution))
            _entries.TryRemove(key, out _);
    }

    private sealed record Entry(object Value, DateTimeOffset Expires);
}
