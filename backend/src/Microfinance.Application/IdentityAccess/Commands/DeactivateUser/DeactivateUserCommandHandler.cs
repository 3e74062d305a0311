using Microfinance.Domain.Common;

namespace Microfinance.Application.IdentityAccess.Commands.DeactivateUser;

public sealed class DeactivateUserCommandHandler(IIdentityService identity, ITokenService tokens, ICurrentUser currentUser)
    : IRequestHandler<DeactivateUserCommand, UserDto>
{
    public async Task<UserDto> Handle(DeactivateUserCommand r, CancellationToken cancellationToken)
    {
        if (r.Id == currentUser.UserId)
            throw new DomainException("cannot_deactivate_self", "You cannot deactivate your own account.");
        var user = await identity.SetActiveAsync(r.Id, active: false, cancellationToken);
        await tokens.RevokeAllForUserAsync(r.Id, cancellationToken);
        return user;
    }
}
