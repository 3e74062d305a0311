namespace Microfinance.Application.Reporting.Queries.GetReport;

/// <summary>A page of a report with the totals of everything its filters select.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetReportQuery(string Name, ReportFilters Filters, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<ReportPageDto>, IPageRequest;
