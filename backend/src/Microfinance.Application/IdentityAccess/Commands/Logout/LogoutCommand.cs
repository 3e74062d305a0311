namespace Microfinance.Application.IdentityAccess.Commands.Logout;

[Authorize]
public sealed record LogoutCommand(string RefreshToken) : ICommand<Unit>;
