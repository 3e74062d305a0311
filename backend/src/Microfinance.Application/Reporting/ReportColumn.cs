namespace Microfinance.Application.Reporting;

/// <summary>A column of a report: its key in JSON, its French header in every export, how its cells are written.</summary>
public sealed record ReportColumn(string Key, string Title, ColumnKind Kind)
{
    public static ReportColumn Text(string key, string title) => new(key, title, ColumnKind.Text);
    public static ReportColumn Money(string key, string title) => new(key, title, ColumnKind.Money);
    public static ReportColumn Integer(string key, string title) => new(key, title, ColumnKind.Integer);
    public static ReportColumn Percent(string key, string title) => new(key, title, ColumnKind.Percent);
    public static ReportColumn Date(string key, string title) => new(key, title, ColumnKind.Date);
}
