using Microfinance.Application.Auth;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>Access tokens (JWT) and rotating refresh tokens grouped in families.</summary>
public interface ITokenService
{
    /// <summary>Issues an access token and a refresh token; a new family unless <paramref name="familyId"/> continues one.</summary>
    Task<TokenResponse> IssueAsync(UserIdentity user, Guid? familyId, CancellationToken cancellationToken);

    /// <summary>
    /// Spends a refresh token. Returns its user and family when it was live. Presenting a spent token revokes its
    /// whole family (reuse detection) and returns null, as does an unknown, expired or revoked one.
    /// </summary>
    Task<(Guid UserId, Guid FamilyId)?> SpendRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>Revokes the family of <paramref name="refreshToken"/> when it belongs to <paramref name="userId"/>.</summary>
    Task RevokeFamilyAsync(string refreshToken, Guid userId, CancellationToken cancellationToken);

    /// <summary>Revokes every refresh token of a user (deactivation, password reset).</summary>
    Task RevokeAllForUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Refuses an access token from now until it would have expired anyway.</summary>
    Task DenyAccessTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
