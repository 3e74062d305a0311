using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Commands.ExportReport;

/// <summary>
/// Writes every row a report's filters select as a file, keeps the file in the history with who asked and when, and
/// answers the run; the file is then read back from the history (<c>/api/v1/report-runs/{id}/file</c>).
/// </summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ExportReportCommand(string Name, ReportFormat Format, ReportFilters Filters) : ICommand<ReportRunDto>;
