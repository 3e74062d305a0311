using Microfinance.Application.IdentityAccess;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Short-lived tokens between the password step and the end of sign-in: each names one user and one purpose, and is
/// refused as an access token (another audience).
/// </summary>
public interface ITwoFactorTokens
{
    string Issue(UserIdentity user, TwoFactorTokenPurpose purpose);

    /// <summary>The user the token was issued to, when it is valid, unexpired and for <paramref name="purpose"/>; otherwise null.</summary>
    Task<Guid?> ReadAsync(string token, TwoFactorTokenPurpose purpose);
}
