namespace Microfinance.Application.Reporting;

/// <summary>
/// A page of a report on screen: its columns, the page's rows (one cell per column: text, a number, a date, or null),
/// the totals over every row the filters select, and the count for a pager.
/// </summary>
public sealed record ReportPageDto(
    string Name, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<ReportTotal> Totals,
    int Page, int PageSize, int TotalCount);
