namespace Microfinance.Application.Reporting.Commands.ExportReport;

/// <summary>The format here; the filters against the report in <see cref="ReportCatalogue.Find"/>, which knows the report.</summary>
public sealed class ExportReportCommandValidator : AbstractValidator<ExportReportCommand>
{
    public ExportReportCommandValidator() => RuleFor(x => x.Format).IsInEnum();
}
