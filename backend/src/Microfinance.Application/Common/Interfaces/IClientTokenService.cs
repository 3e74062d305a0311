using Microfinance.Application.IdentityAccess;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>Access tokens of API clients (client credentials): short-lived, no refresh token.</summary>
public interface IClientTokenService
{
    /// <summary>A signed access token for <paramref name="client"/> carrying <paramref name="scopes"/>.</summary>
    ClientTokenResponse Issue(ApiClient client, IReadOnlyList<string> scopes);

    /// <summary>Refuses every access token the client holds, from now until the last of them would have expired.</summary>
    Task DenyTokensOfAsync(ApiClient client, CancellationToken cancellationToken);
}
