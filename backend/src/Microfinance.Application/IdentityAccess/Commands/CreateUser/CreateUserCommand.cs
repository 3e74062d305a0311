namespace Microfinance.Application.IdentityAccess.Commands.CreateUser;

[Authorize(Roles.SfdAdmin)]
public sealed record CreateUserCommand(
    string Username, string DisplayName, string? Email, string? PhoneNumber, string Role, Guid? BranchId, string Password)
    : ICommand<UserDto>;
