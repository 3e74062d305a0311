namespace Microfinance.Application.IdentityAccess.Commands.DeactivateUser;

/// <summary>Deactivation ends the user's sessions: their refresh tokens are revoked.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record DeactivateUserCommand(Guid Id) : ICommand<UserDto>;
