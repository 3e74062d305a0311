namespace Microfinance.Application.IdentityAccess.Commands.Login;

public sealed record LoginCommand(string Username, string Password) : ICommand<AuthenticationResult>;
