namespace Microfinance.Application.Tontines.Queries.GetTontineBooklet;

/// <summary>One cycle of a participant's booklet (by default the current one).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTontineBookletQuery(Guid ParticipantId, int? Cycle = null) : IRequest<BookletDto>;
