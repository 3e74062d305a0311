using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Queries.GetAnomalyStatistics;

/// <summary>
/// What the list's filters select, counted: per rule and status, and week by week of the situation's business day (the
/// same day the period filters on, so the chart and the list agree; first detection would pile every finding on the day
/// detection first ran).
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record GetAnomalyStatisticsQuery(
    string? Rule = null, AnomalySeverity? Severity = null, AnomalyStatus? Status = null, Guid? BranchId = null, Guid? AgentId = null,
    Guid? ClientId = null, DateOnly? From = null, DateOnly? To = null) : IRequest<AnomalyStatisticsDto>, IAnomalyFilter;
