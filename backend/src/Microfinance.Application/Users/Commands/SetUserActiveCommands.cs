using Microfinance.Domain.Common;

namespace Microfinance.Application.Users.Commands;

/// <summary>Deactivation ends the user's sessions: their refresh tokens are revoked.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record DeactivateUserCommand(Guid Id) : ICommand<UserDto>;

[Authorize(Roles.SfdAdmin)]
public sealed record ReactivateUserCommand(Guid Id) : ICommand<UserDto>;

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

public sealed class ReactivateUserCommandHandler(IIdentityService identity) : IRequestHandler<ReactivateUserCommand, UserDto>
{
    public Task<UserDto> Handle(ReactivateUserCommand r, CancellationToken cancellationToken) =>
        identity.SetActiveAsync(r.Id, active: true, cancellationToken);
}
