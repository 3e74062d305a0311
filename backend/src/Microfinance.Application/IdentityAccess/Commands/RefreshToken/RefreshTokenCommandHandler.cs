namespace Microfinance.Application.IdentityAccess.Commands.RefreshToken;

public sealed class RefreshTokenCommandHandler(
    IIdentityService identity, ITokenService tokens, ITenantContext tenant, IAuditTrail audit)
    : IRequestHandler<RefreshTokenCommand, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(RefreshTokenCommand request, CancellationToken cancellationToken)
    {
        using var scope = tenant.EnterUnrestrictedScope();
        var spend = await tokens.SpendRefreshTokenAsync(request.RefreshToken, cancellationToken);
        if (spend.Outcome == RefreshTokenOutcome.Invalid)
        {
            audit.Describe("RefreshRefused");
            return AuthenticationResult.Refused;
        }

        var owner = await identity.FindUserAsync(spend.UserId, onlyIfActive: false, cancellationToken);
        if (owner is not null) audit.AttributeTo(owner);
        if (spend.Outcome == RefreshTokenOutcome.ReuseDetected)
        {
            // Somebody replayed a spent token: the family is revoked; the owner's institution must see it.
            audit.Describe("RefreshTokenReuseDetected", new { familyId = spend.FamilyId });
            return AuthenticationResult.Refused;
        }

        var user = await identity.FindUserAsync(spend.UserId, onlyIfActive: true, cancellationToken);
        if (user is null)
        {
            audit.Describe("RefreshRefused");
            return AuthenticationResult.Refused;
        }
        return new AuthenticationResult(await tokens.IssueAsync(user, spend.FamilyId, cancellationToken));
    }
}
