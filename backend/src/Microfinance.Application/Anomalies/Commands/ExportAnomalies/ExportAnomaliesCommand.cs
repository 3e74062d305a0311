using Microfinance.Application.Reporting;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Anomalies.Commands.ExportAnomalies;

/// <summary>
/// The findings list as a file (CSV or XLSX): every finding its <paramref name="Filters"/> select (not one page), in the
/// list's order, kept in the export history as <c>anomalies</c> like any report's export.
/// </summary>
[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record ExportAnomaliesCommand(AnomalyFilter Filters, ReportFormat Format) : ICommand<ReportRunDto>;
