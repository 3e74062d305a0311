using System.Security.Claims;

namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// The claims that make an access token an API client's (RFC 9068 names): <c>client_id</c> marks it — a user's token
/// never has one — and <c>scope</c> lists what it may do, space-separated. Its rate limit travels with it.
/// </summary>
public static class ClientTokenClaims
{
    public const string ClientId = "client_id";
    public const string Scope = "scope";
    public const string RateLimitPerMinute = "rate_limit";

    /// <summary>The deny-list entry that refuses every token of a revoked client (<see cref="AccessTokenDenyList"/>).</summary>
    public static string DenyListKey(Guid clientId) => "client:" + clientId.ToString("N");

    public static bool IsClient(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == ClientId);

    public static IReadOnlyList<string> ScopesOf(ClaimsPrincipal principal) =>
        principal.FindFirst(Scope)?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
