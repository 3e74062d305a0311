namespace Microfinance.Application.IdentityAccess.Queries.GetApiClient;

[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetApiClientQuery(Guid Id) : IRequest<ApiClientDto>;
