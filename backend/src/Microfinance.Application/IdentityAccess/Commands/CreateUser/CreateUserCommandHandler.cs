namespace Microfinance.Application.IdentityAccess.Commands.CreateUser;

public sealed class CreateUserCommandHandler(IIdentityService identity) : IRequestHandler<CreateUserCommand, UserDto>
{
    public Task<UserDto> Handle(CreateUserCommand r, CancellationToken cancellationToken) =>
        identity.CreateUserAsync(
            new NewUser(r.Username, r.DisplayName, r.Email, r.PhoneNumber, r.Role, r.BranchId, r.Password),
            nameof(r.Password), cancellationToken);
}
