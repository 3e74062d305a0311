namespace Microfinance.Application.Tontines.Queries.GetTontineRound;

/// <summary>Today's round of a collector (the participants whose collector they are; the caller's own without one), whatever its size.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTontineRoundQuery(Guid? AgentId = null) : IRequest<TontineRoundDto>;
