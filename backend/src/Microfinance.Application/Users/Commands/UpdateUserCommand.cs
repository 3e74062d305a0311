using System.Text.Json.Serialization;

namespace Microfinance.Application.Users.Commands;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateUserCommand(string DisplayName, string? Email, string? PhoneNumber) : ICommand<UserDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class UpdateUserCommandValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserCommandValidator()
    {
        RuleFor(x => x.DisplayName).ValidDisplayName();
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.PhoneNumber).ValidPhone();
    }
}

public sealed class UpdateUserCommandHandler(IIdentityService identity) : IRequestHandler<UpdateUserCommand, UserDto>
{
    public Task<UserDto> Handle(UpdateUserCommand r, CancellationToken cancellationToken) =>
        identity.UpdateProfileAsync(r.Id, r.DisplayName, r.Email, r.PhoneNumber, cancellationToken);
}
