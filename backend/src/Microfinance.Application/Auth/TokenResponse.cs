namespace Microfinance.Application.Auth;

/// <summary>An access token with the refresh token that can renew it.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");

/// <summary>Tokens on success; null tokens mean the credentials were refused (mapped to one generic 401).</summary>
public sealed record AuthenticationResult(TokenResponse? Tokens)
{
    public static readonly AuthenticationResult Refused = new((TokenResponse?)null);
}
