namespace Microfinance.Application.Reporting.Queries.ListReportRuns;

/// <summary>The export history, newest first; <paramref name="Report"/> narrows it to one report of the catalogue.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListReportRunsQuery(string? Report = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<ReportRunDto>>, IPageRequest;
