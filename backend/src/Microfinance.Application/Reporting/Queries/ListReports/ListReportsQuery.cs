namespace Microfinance.Application.Reporting.Queries.ListReports;

/// <summary>The report catalogue, by French title: the reports the caller's role reads.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListReportsQuery : IRequest<IReadOnlyList<ReportDefinitionDto>>;
