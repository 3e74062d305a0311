namespace Microfinance.Application.IdentityAccess.Commands.RevokeApiClient;

/// <summary>Ends a client for good: no new token, and the tokens it holds are refused from now on.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record RevokeApiClientCommand(Guid Id) : ICommand<ApiClientDto>;
