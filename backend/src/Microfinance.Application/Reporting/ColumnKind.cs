namespace Microfinance.Application.Reporting;

/// <summary>How a column's cells are written: money is a number in XLSX and JSON, "150 000 FCFA" in PDF.</summary>
public enum ColumnKind
{
    Text,
    Money,
    Integer,
    Date,
}
