namespace Microfinance.Application.Anomalies.Queries.GetAnomaly;

/// <summary>One finding with its figures, the objects it concerns and its review's comments.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetAnomalyQuery(Guid Id) : IRequest<AnomalyDto>;
