namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// Tokens on success; otherwise refused (one generic 401), or locked after too many failures (429 with how long to
/// wait). A refusal is a result, not an exception, so that the failure count and its audit record commit. A password
/// step that needs a second factor answers <see cref="Pending"/> (a challenge or enrolment token) instead of tokens.
/// </summary>
public sealed record AuthenticationResult(TokenResponse? Tokens, TimeSpan? LockedFor = null, LoginResponse? Pending = null)
{
    public static readonly AuthenticationResult Refused = new((TokenResponse?)null);

    public static AuthenticationResult Locked(TimeSpan remaining) => new(null, remaining);
}
