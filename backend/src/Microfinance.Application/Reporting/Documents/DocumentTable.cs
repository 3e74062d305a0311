namespace Microfinance.Application.Reporting.Documents;

/// <summary>Rows under their column headers (repeated on each page the table runs onto), then its totals.</summary>
public sealed record DocumentTable(
    string? Heading, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<ReportTotal> Totals) : DocumentSection(Heading);
