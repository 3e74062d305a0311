using System.Globalization;
using System.Security.Claims;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microfinance.Domain.IdentityAccess;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// An API client's access token: signed like a user's (same issuer, audience and key, so the one JwtBearer scheme
/// validates both) but with no role — the scope middleware gives it one per endpoint — and no refresh token.
/// </summary>
public sealed class ClientTokenService(ITokenService userTokens, IOptions<JwtOptions> jwtOptions, IOptions<ApiClientsOptions> options, TimeProvider clock)
    : IClientTokenService
{
    private TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.TokenMinutes);

    public ClientTokenResponse Issue(ApiClient client, IReadOnlyList<string> scopes)
    {
        var jwt = jwtOptions.Value;
        var now = clock.GetUtcNow();
        var scope = string.Join(' ', scopes);
        var claims = new List<Claim>
        {
            new(TokenClaims.Subject, client.Id.ToString()),
            new(TokenClaims.Username, ApiClientActor.Username(client.Name)),
            new(TokenClaims.DisplayName, client.Name),
            new(TokenClaims.Institution, client.InstitutionId.ToString()),
            new(TokenClaims.TokenId, Guid.NewGuid().ToString("N")),
            new(ClientTokenClaims.ClientId, client.Id.ToString()),
            new(ClientTokenClaims.Scope, scope),
            new(ClientTokenClaims.RateLimitPerMinute, client.RateLimitPerMinute.ToString(CultureInfo.InvariantCulture)),
        };
        var token = JwtSigner.Sign(jwt, jwt.Audience, claims, now, Lifetime);
        return new ClientTokenResponse(token, (int)Lifetime.TotalSeconds, scope);
    }

    /// <summary>One deny-list entry for the client, kept as long as its last token can live (docs/adr/0013's list, reloaded by every instance).</summary>
    public Task DenyTokensOfAsync(ApiClient client, CancellationToken cancellationToken) =>
        userTokens.DenyAccessTokenAsync(ClientTokenClaims.DenyListKey(client.Id), clock.GetUtcNow() + Lifetime + TimeSpan.FromMinutes(1), cancellationToken);
}
