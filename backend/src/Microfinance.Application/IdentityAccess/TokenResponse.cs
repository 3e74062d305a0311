namespace Microfinance.Application.IdentityAccess;

/// <summary>An access token with the refresh token that can renew it.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");
