namespace Microfinance.Application.Reporting.Documents;

/// <summary>One labelled value, written as a report cell of its <see cref="Kind"/> ("150 000 FCFA", "03/12/2026").</summary>
public sealed record DocumentField(string Label, object? Value, ColumnKind Kind)
{
    public static DocumentField Text(string label, string? value) => new(label, value, ColumnKind.Text);
    public static DocumentField Money(string label, decimal value) => new(label, value, ColumnKind.Money);
    public static DocumentField Date(string label, DateOnly? value) => new(label, value, ColumnKind.Date);
    public static DocumentField Percent(string label, decimal value) => new(label, value, ColumnKind.Percent);
}
