namespace Microfinance.Application.Tontines.Queries.GetTontineRound;

/// <summary>Today's round of a collector (the participants whose collector they are), whatever its size.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTontineRoundQuery(Guid AgentId) : IRequest<TontineRoundDto>;
