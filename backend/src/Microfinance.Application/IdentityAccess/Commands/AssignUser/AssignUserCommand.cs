using System.Text.Json.Serialization;

namespace Microfinance.Application.IdentityAccess.Commands.AssignUser;

/// <summary>Sets a user's role and branch.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record AssignUserCommand(string Role, Guid? BranchId) : ICommand<UserDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
