using Microfinance.Domain.Common;

namespace Microfinance.Application.IdentityAccess.Commands.AssignUser;

public sealed class AssignUserCommandHandler(IIdentityService identity, ICurrentUser currentUser)
    : IRequestHandler<AssignUserCommand, UserDto>
{
    public Task<UserDto> Handle(AssignUserCommand r, CancellationToken cancellationToken)
    {
        // An administrator who demoted themselves could leave the institution with nobody to manage it.
        if (r.Id == currentUser.UserId && r.Role != currentUser.Role)
            throw new DomainException("cannot_change_own_role", "You cannot change your own role.");
        return identity.AssignAsync(r.Id, r.Role, r.BranchId, cancellationToken);
    }
}
