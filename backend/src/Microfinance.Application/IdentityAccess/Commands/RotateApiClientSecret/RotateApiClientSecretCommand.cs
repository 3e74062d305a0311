namespace Microfinance.Application.IdentityAccess.Commands.RotateApiClientSecret;

/// <summary>A new secret, shown once; the old one is refused at once (tokens already issued run out within their lifetime).</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record RotateApiClientSecretCommand(Guid Id) : ICommand<ApiClientSecretDto>;
