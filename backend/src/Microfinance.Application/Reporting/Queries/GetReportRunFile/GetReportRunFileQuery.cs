namespace Microfinance.Application.Reporting.Queries.GetReportRunFile;

/// <summary>An export of the history, byte for byte as it was first served.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetReportRunFileQuery(Guid Id) : IRequest<ReportFileDto>;
