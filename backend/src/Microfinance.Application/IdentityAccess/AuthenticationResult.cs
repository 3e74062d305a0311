namespace Microfinance.Application.IdentityAccess;

/// <summary>Tokens on success; null tokens mean the credentials were refused (mapped to one generic 401).</summary>
public sealed record AuthenticationResult(TokenResponse? Tokens)
{
    public static readonly AuthenticationResult Refused = new((TokenResponse?)null);
}
