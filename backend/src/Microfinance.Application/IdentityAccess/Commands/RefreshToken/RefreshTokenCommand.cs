namespace Microfinance.Application.IdentityAccess.Commands.RefreshToken;

public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<AuthenticationResult>;
