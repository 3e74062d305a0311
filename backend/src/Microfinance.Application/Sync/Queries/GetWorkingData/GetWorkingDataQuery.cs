namespace Microfinance.Application.Sync.Queries.GetWorkingData;

/// <summary>
/// The phone's working data for a day offline, scoped by role: an agent's assigned clients, a supervisor's branch, an
/// admin's branch or, without one, the institution — at most <see cref="GetWorkingDataQueryHandler.MaxClients"/> clients.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record GetWorkingDataQuery : IRequest<WorkingDataDto>;
