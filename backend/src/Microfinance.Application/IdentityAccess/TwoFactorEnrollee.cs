namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// Who enrols: the holder of a valid enrolment token, or else the signed-in user. The trail names them either way (a
/// token holder has no access token yet).
/// </summary>
public sealed class TwoFactorEnrollee(IIdentityService identity, ITwoFactorTokens twoFactorTokens, ICurrentUser currentUser, ITenantContext tenant, IAuditTrail audit)
{
    public async Task<UserIdentity> ResolveAsync(string? enrolmentToken, CancellationToken cancellationToken)
    {
        var userId = enrolmentToken is null
            ? currentUser.UserId
            : await twoFactorTokens.ReadAsync(enrolmentToken, TwoFactorTokenPurpose.Enrolment);
        if (userId is null)
            throw new UnauthorizedException(enrolmentToken is null ? "Authentication is required." : "The sign-in has expired. Sign in again.");
        using var scope = tenant.EnterUnrestrictedScope();
        var user = await identity.FindUserAsync(userId.Value, onlyIfActive: true, cancellationToken)
            ?? throw new UnauthorizedException("The account no longer exists.");
        audit.AttributeTo(user);
        return user;
    }
}
