namespace Microfinance.Application.IdentityAccess.Commands.UpdateUser;

public sealed class UpdateUserCommandHandler(IIdentityService identity) : IRequestHandler<UpdateUserCommand, UserDto>
{
    public Task<UserDto> Handle(UpdateUserCommand r, CancellationToken cancellationToken) =>
        identity.UpdateProfileAsync(r.Id, r.DisplayName, r.Email, r.PhoneNumber, cancellationToken);
}
