using Microfinance.Domain.Common;

namespace Microfinance.Application.IdentityAccess.Commands.ResetUserTwoFactor;

public sealed class ResetUserTwoFactorCommandHandler(IIdentityService identity, ITwoFactorService twoFactor, ITokenService tokens, IAuditTrail audit)
    : IRequestHandler<ResetUserTwoFactorCommand, Unit>
{
    public async Task<Unit> Handle(ResetUserTwoFactorCommand r, CancellationToken cancellationToken)
    {
        // Read through the institution's filter: another institution's user is not found.
        var user = await identity.GetUserAsync(r.Id, cancellationToken) ?? throw new NotFoundException("User", r.Id);
        if (!await twoFactor.RemoveAsync(user.Id, cancellationToken))
            throw new DomainException("two_factor_not_enabled", "This user has not enrolled in two-factor sign-in.");
        await tokens.RevokeAllForUserAsync(user.Id, cancellationToken);
        audit.Describe("ResetUserTwoFactor", new { userId = user.Id, username = user.Username });
        return Unit.Value;
    }
}
