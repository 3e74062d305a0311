using System.Text.Json.Serialization;

namespace Microfinance.Application.IdentityAccess.Commands.UpdateUser;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateUserCommand(string DisplayName, string? Email, string? PhoneNumber) : ICommand<UserDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
