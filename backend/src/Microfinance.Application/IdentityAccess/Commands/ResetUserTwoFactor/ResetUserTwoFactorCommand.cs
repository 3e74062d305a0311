namespace Microfinance.Application.IdentityAccess.Commands.ResetUserTwoFactor;

/// <summary>
/// Forgets a user's two-factor enrolment and recovery codes (a lost phone) and ends their sessions; they enrol again at
/// their next sign-in if their role requires it.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record ResetUserTwoFactorCommand(Guid Id) : ICommand<Unit>;
