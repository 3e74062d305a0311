namespace Microfinance.Application.Tontines.Queries.GetTontineParticipant;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTontineParticipantQuery(Guid Id) : IRequest<TontineParticipantDto>;
