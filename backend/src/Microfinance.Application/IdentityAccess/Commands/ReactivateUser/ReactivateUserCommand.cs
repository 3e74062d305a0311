namespace Microfinance.Application.IdentityAccess.Commands.ReactivateUser;

[Authorize(Roles.SfdAdmin)]
public sealed record ReactivateUserCommand(Guid Id) : ICommand<UserDto>;
