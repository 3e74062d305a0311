namespace Microfinance.Application.IdentityAccess.Commands.LoginTwoFactor;

/// <summary>
/// Ends a sign-in begun with the password. A wrong code is returned as a refusal, not thrown, so that its count (the
/// code lockout) and its audit record commit.
/// </summary>
public sealed class LoginTwoFactorCommandHandler(
    IIdentityService identity, ITokenService tokens, ITwoFactorService twoFactor, ITwoFactorTokens twoFactorTokens,
    ITenantContext tenant, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<LoginTwoFactorCommand, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(LoginTwoFactorCommand request, CancellationToken cancellationToken)
    {
        using var scope = tenant.EnterUnrestrictedScope();
        var user = await twoFactorTokens.ReadAsync(request.ChallengeToken, TwoFactorTokenPurpose.SignIn) is { } userId
            ? await identity.FindUserAsync(userId, onlyIfActive: true, cancellationToken)
            : null;
        if (user is null) throw new UnauthorizedException("The sign-in has expired. Sign in again.");

        audit.AttributeTo(user);
        var check = await twoFactor.VerifyAsync(user.Id, request.Code, request.RecoveryCode, cancellationToken);
        if (!check.Accepted)
        {
            audit.Describe(check.LockedUntil is null ? "LoginTwoFactorFailed" : "LoginTwoFactorLocked");
            return check.LockedUntil is { } until ? AuthenticationResult.Locked(until - clock.GetUtcNow()) : AuthenticationResult.Refused;
        }
        if (request.RecoveryCode is not null) audit.Describe("LoginWithRecoveryCode");
        return new AuthenticationResult(await tokens.IssueAsync(user, familyId: null, cancellationToken));
    }
}
