namespace Microfinance.Application.Tontines.Queries.GetTontine;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTontineQuery(Guid Id) : IRequest<TontineDto>;
