using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting;

/// <summary>Writes a report's rows as one file format, streaming: memory does not grow with the rows (docs/reporting.md).</summary>
public interface IReportWriter
{
    ReportFormat Format { get; }
    string ContentType { get; }
    string Extension { get; }
    /// <summary>The most rows a file of this format takes (a PDF is for reading), null for any number.</summary>
    int? MaxRows { get; }

    /// <summary>Writes the document and every row to <paramref name="output"/>; returns the number of rows written.</summary>
    Task<long> WriteAsync(Stream output, ReportDocument document, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);
}
