namespace Microfinance.Application.Reporting;

/// <summary>A report of the catalogue: what it shows and which filters (query-string names) it takes.</summary>
public sealed record ReportDefinitionDto(
    string Name, string Title, string Description, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<string> Filters,
    IReadOnlyList<string> Statuses)
{
    public static ReportDefinitionDto Of(Report report) =>
        new(report.Name, report.Title, report.Description, report.Columns, report.Filters, report.Statuses);
}
