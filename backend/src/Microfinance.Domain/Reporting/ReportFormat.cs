namespace Microfinance.Domain.Reporting;

/// <summary>The file formats a report exports to (docs/reporting.md).</summary>
public enum ReportFormat
{
    Csv,
    Xlsx,
    Pdf,
}
