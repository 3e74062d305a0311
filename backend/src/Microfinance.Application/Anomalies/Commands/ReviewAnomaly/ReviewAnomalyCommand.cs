using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Commands.ReviewAnomaly;

/// <summary>
/// A step of a finding's review, with the reviewer's comment: <c>Acknowledged</c> (seen, being looked into),
/// <c>Explained</c> (legitimate, or dealt with: closed) or <c>Dismissed</c> (a false alarm: closed). The routes
/// <c>/acknowledge</c>, <c>/explain</c> and <c>/dismiss</c> each send it with their status.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record ReviewAnomalyCommand(Guid Id, AnomalyStatus To, string Comment) : ICommand<AnomalyDto>;
