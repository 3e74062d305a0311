namespace Microfinance.Application.IdentityAccess.Commands.ReactivateUser;

public sealed class ReactivateUserCommandHandler(IIdentityService identity) : IRequestHandler<ReactivateUserCommand, UserDto>
{
    public Task<UserDto> Handle(ReactivateUserCommand r, CancellationToken cancellationToken) =>
        identity.SetActiveAsync(r.Id, active: true, cancellationToken);
}
