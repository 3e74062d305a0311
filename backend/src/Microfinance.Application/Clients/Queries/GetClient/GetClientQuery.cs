namespace Microfinance.Application.Clients.Queries.GetClient;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetClientQuery(Guid Id) : IRequest<ClientDto>;
