namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// The ten single-use recovery codes, shown this once; with the session's tokens when the enrolment finished a sign-in
/// (an enrolment token), none when a signed-in user enrolled from their profile.
/// </summary>
public sealed record TwoFactorConfirmationDto(IReadOnlyList<string> RecoveryCodes, TokenResponse? Tokens);
