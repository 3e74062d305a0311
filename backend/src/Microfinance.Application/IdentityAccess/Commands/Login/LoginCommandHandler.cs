using Microsoft.Extensions.Options;

namespace Microfinance.Application.IdentityAccess.Commands.Login;

/// <summary>
/// A refusal is returned, not thrown, so that the failure count (lockout) and its audit record commit. A user enrolled
/// in two-factor sign-in gets a challenge for the code step, not tokens; one whose role requires it and who has not
/// enrolled gets an enrolment token, when enrolment is enforced (docs/security.md).
/// </summary>
public sealed class LoginCommandHandler(
    IIdentityService identity, ITokenService tokens, ITwoFactorService twoFactor, ITwoFactorTokens twoFactorTokens,
    IOptions<TwoFactorOptions> options, ITenantContext tenant, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<LoginCommand, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        // Nobody is signed in yet: the user may belong to any institution.
        using var scope = tenant.EnterUnrestrictedScope();
        var check = await identity.CheckCredentialsAsync(request.Username, request.Password, cancellationToken);
        if (check.User is not { } user)
        {
            audit.Describe(check.LockedUntil is null ? "LoginFailed" : "LoginLocked", new { username = request.Username });
            if (check.AccountInstitutionId is { } institution) audit.RecordInChainOf(institution);
            return check.LockedUntil is { } until ? AuthenticationResult.Locked(until - clock.GetUtcNow()) : AuthenticationResult.Refused;
        }
        audit.AttributeTo(user);
        var status = await twoFactor.GetStatusAsync(user, cancellationToken);
        if (status.Enabled)
        {
            audit.Describe("LoginAwaitingCode");
            return new AuthenticationResult(null, Pending: new LoginResponse(null, null, null, null,
                TwoFactorRequired: true, ChallengeToken: twoFactorTokens.Issue(user, TwoFactorTokenPurpose.SignIn)));
        }
        if (status.Required && options.Value.EnforceEnrolment)
        {
            audit.Describe("LoginAwaitingEnrolment");
            return new AuthenticationResult(null, Pending: new LoginResponse(null, null, null, null,
                EnrolmentRequired: true, EnrolmentToken: twoFactorTokens.Issue(user, TwoFactorTokenPurpose.Enrolment)));
        }
        return new AuthenticationResult(await tokens.IssueAsync(user, familyId: null, cancellationToken));
    }
}
