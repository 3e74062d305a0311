namespace Microfinance.Application.Users.Commands;

[Authorize(Roles.SfdAdmin)]
public sealed record CreateUserCommand(
    string Username, string DisplayName, string? Email, string? PhoneNumber, string Role, Guid? BranchId, string Password)
    : ICommand<UserDto>;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(x => x.Username).ValidUsername();
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.PhoneNumber).ValidPhone();
        RuleFor(x => x.Role).ValidInstitutionRole();
        RuleFor(x => x.Password).ValidPassword();
    }
}

public sealed class CreateUserCommandHandler(IIdentityService identity) : IRequestHandler<CreateUserCommand, UserDto>
{
    public Task<UserDto> Handle(CreateUserCommand r, CancellationToken cancellationToken) =>
        identity.CreateUserAsync(
            new NewUser(r.Username, r.DisplayName, r.Email, r.PhoneNumber, r.Role, r.BranchId, r.Password),
            nameof(r.Password), cancellationToken);
}
