using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Queries.ListAnomalies;

/// <summary>The institution's findings, the most severe and most recent first, with cumulative filters; the period is the situation's business day.</summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListAnomaliesQuery(
    string? Rule = null, AnomalySeverity? Severity = null, AnomalyStatus? Status = null, Guid? BranchId = null, Guid? AgentId = null,
    Guid? ClientId = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<AnomalyDto>>, IPageRequest, IAnomalyFilter;
