namespace Microfinance.Application.IdentityAccess.Commands.Login;

/// <summary>
/// A refusal is returned, not thrown, so that the failure count (lockout) and its audit record commit.
/// </summary>
public sealed class LoginCommandHandler(
    IIdentityService identity, ITokenService tokens, ITenantContext tenant, IAuditTrail audit)
    : IRequestHandler<LoginCommand, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        // Nobody is signed in yet: the user may belong to any institution.
        using var scope = tenant.EnterUnrestrictedScope();
        var check = await identity.CheckCredentialsAsync(request.Username, request.Password, cancellationToken);
        if (check.User is not { } user)
        {
            audit.Describe("LoginFailed", new { username = request.Username });
            if (check.AccountInstitutionId is { } institution) audit.RecordInChainOf(institution);
            return AuthenticationResult.Refused;
        }
        audit.AttributeTo(user);
        return new AuthenticationResult(await tokens.IssueAsync(user, familyId: null, cancellationToken));
    }
}
