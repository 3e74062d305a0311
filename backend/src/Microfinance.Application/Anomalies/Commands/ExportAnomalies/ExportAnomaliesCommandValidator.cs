using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Anomalies.Commands.ExportAnomalies;

/// <summary>The list's filters, then the format: a table to work on (CSV, XLSX); the list is not a document to print.</summary>
public sealed class ExportAnomaliesCommandValidator : AbstractValidator<ExportAnomaliesCommand>
{
    public ExportAnomaliesCommandValidator()
    {
        RuleFor(x => x.Filters).SetValidator(new AnomalyFilterValidator());
        RuleFor(x => x.Format).Must(f => f is ReportFormat.Csv or ReportFormat.Xlsx).WithLocalizedMessage("Findings export as CSV or XLSX.");
    }
}
