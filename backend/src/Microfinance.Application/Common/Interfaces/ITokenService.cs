using Microfinance.Application.IdentityAccess;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>Access tokens (JWT) and rotating refresh tokens grouped in families.</summary>
public interface ITokenService
{
    /// <summary>Issues an access token and a refresh token; a new family unless <paramref name="familyId"/> continues one.</summary>
    Task<TokenResponse> IssueAsync(UserIdentity user, Guid? familyId, CancellationToken cancellationToken);

    /// <summary>
    /// Spends a refresh token. Presenting a spent token again revokes its whole family (reuse detection).
    /// </summary>
    Task<RefreshTokenSpend> SpendRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>Revokes the family of <paramref name="refreshToken"/> when it belongs to <paramref name="userId"/>.</summary>
    Task RevokeFamilyAsync(string refreshToken, Guid userId, CancellationToken cancellationToken);

    /// <summary>Revokes every refresh token of a user (deactivation, password reset).</summary>
    Task RevokeAllForUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Refuses an access token from now until it would have expired anyway.</summary>
    Task DenyAccessTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
