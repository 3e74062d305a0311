using System.Globalization;
using System.Text;
using Microfinance.Application.Reporting;
using Microfinance.Domain.Reporting;

namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// RFC 4180 CSV for machines and spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents), the French
/// headers, then one line per row; numbers as plain digits (150000), dates as 2026-12-03 — no formatting to undo.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Csv;
    public string ContentType => ReportFormats.ContentTypes[ReportFormat.Csv];
    public int? MaxRows => null;
    public string Extension => "csv";

    public async Task<long> WriteAsync(Stream output, ReportDocument document, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(string.Join(',', document.Columns.Select(c => Field(c.Title))));
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', row.Select(Cell)));
            count++;
        }
        return count;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Without the scale PostgreSQL's numeric carries (1173500.0000).
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        var other => Field(other.ToString() ?? ""),
    };

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
