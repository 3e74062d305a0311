namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// The answer to the password step: the tokens (as before) when no second factor is needed; otherwise no token but
/// <see cref="TwoFactorRequired"/> with a <see cref="ChallengeToken"/> for <c>/auth/login/2fa</c>, or
/// <see cref="EnrolmentRequired"/> with an <see cref="EnrolmentToken"/> that only the enrolment endpoints accept.
/// </summary>
public sealed record LoginResponse(
    string? AccessToken, string? RefreshToken, int? ExpiresIn, string? TokenType,
    bool TwoFactorRequired = false, bool EnrolmentRequired = false, string? ChallengeToken = null, string? EnrolmentToken = null)
{
    public static LoginResponse From(TokenResponse tokens) => new(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn, tokens.TokenType);
}
