using System.Globalization;
using Microfinance.Application.Reporting;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>How a cell reads for a person (PDF): "150 000 FCFA", "03/12/2026", "1 250", "12,50 %".</summary>
public static class ReportCells
{
    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = "," };

    public static string Text(object? value, ColumnKind kind, string currency) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        decimal m when kind == ColumnKind.Money => $"{Number(m)}\u00A0{currency}",
        decimal p when kind == ColumnKind.Percent => $"{p.ToString("#,0.00", Grouped)}\u00A0%",
        decimal or int or long => Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        _ => value.ToString() ?? "",
    };

    public static string Total(ReportTotal total, string currency) => Text(total.Value, total.Kind, currency);

    private static string Number(decimal value) =>
        value.ToString(decimal.Round(value) == value ? "#,0" : "#,0.00", Grouped);
}
