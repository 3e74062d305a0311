namespace Microfinance.Application.Reporting;

/// <summary>
/// What a file writer needs besides the rows: the report's title and columns, the filters in words, the totals over
/// every row, for whom and when (<see cref="GeneratedAt"/> is shown in the institution's time zone).
/// </summary>
public sealed record ReportDocument(
    string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<string> FilterLines, IReadOnlyList<ReportTotal> Totals,
    string InstitutionName, string CurrencyLabel, DateTime GeneratedAt, string GeneratedBy);
