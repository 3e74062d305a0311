using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// The access tokens refused before their expiry (logout), held in memory so that checking a request costs no query
/// (docs/adr/0013). A logout on this instance is refused here at once; one on another instance is seen at the next
/// reload, every <c>Jwt:DenyListRefreshSeconds</c>. While the list is not fresh (not loaded yet, or reloads failing
/// for three periods) every check goes to the database, as before: a stale list never lets a revoked token through.
/// </summary>
public sealed class AccessTokenDenyList(IOptions<JwtOptions> options, TimeProvider clock)
{
    private volatile Snapshot? loaded;
    private readonly ConcurrentDictionary<string, DateTimeOffset> deniedHere = new(StringComparer.Ordinal);

    private sealed record Snapshot(FrozenSet<string> TokenIds, DateTimeOffset LoadedAt);

    public TimeSpan RefreshPeriod => TimeSpan.FromSeconds(options.Value.DenyListRefreshSeconds);

    public async ValueTask<bool> IsDeniedAsync(string tokenId, IServiceProvider requestServices, CancellationToken ct)
    {
        if (deniedHere.ContainsKey(tokenId)) return true;
        var snapshot = loaded;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < 3 * RefreshPeriod)
            return snapshot.TokenIds.Contains(tokenId);
        var db = requestServices.GetRequiredService<AppDbContext>();
        return await db.RevokedAccessTokens.AnyAsync(t => t.Jti == tokenId, ct);
    }

    /// <summary>Refuses the token on this instance at once (the row written by the logout reaches the others).</summary>
    public void DenyHere(string tokenId, DateTimeOffset expiresAt) => deniedHere[tokenId] = expiresAt;

    /// <summary>Replaces the list with the database's unexpired rows; the time is taken before the read, so the snapshot is never fresher than claimed.</summary>
    public async Task ReloadAsync(AppDbContext db, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var tokenIds = await db.RevokedAccessTokens.AsNoTracking().Where(t => t.ExpiresAt > startedAt).Select(t => t.Jti).ToListAsync(ct);
        loaded = new Snapshot(tokenIds.ToFrozenSet(StringComparer.Ordinal), startedAt);
        foreach (var (tokenId, expiresAt) in deniedHere)
            if (expiresAt <= startedAt) deniedHere.TryRemove(tokenId, out _);
    }
}
