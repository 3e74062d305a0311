namespace Microfinance.Application.IdentityAccess.Commands.Login;

/// <summary>
/// A refusal is returned, not thrown, so that the failure count (lockout) and its audit record commit.
/// </summary>
public sealed class LoginCommandHandler(
    IIdentityService identity, ITokenService tokens, ITenantContext tenant, IAuditTrail audit, TimeProvider clock)
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
        return new AuthenticationResult(await tokens.IssueAsync(user, familyId: null, cancellationToken));
    }
}
