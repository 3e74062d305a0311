namespace Microfinance.Application.Reporting;

/// <summary>How a column's cells are written: money is a number in XLSX and JSON, "150 000 FCFA" in PDF; a
/// percentage is "12,50 %".</summary>
public enum ColumnKind
{
    Text,
    Money,
    Integer,
    Date,
    /// <summary>A percentage as a number of percent (12.5 is 12,5 %), as the PAR figures are.</summary>
    Percent,
}
