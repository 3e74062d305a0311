namespace Microfinance.Application.IdentityAccess.Commands.LoginTwoFactor;

/// <summary>The second sign-in step: the challenge of the password step with a code from the app, or a recovery code.</summary>
public sealed record LoginTwoFactorCommand(string ChallengeToken, string? Code = null, string? RecoveryCode = null) : ICommand<AuthenticationResult>;
