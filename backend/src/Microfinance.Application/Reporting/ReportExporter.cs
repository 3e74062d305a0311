using System.Security.Cryptography;
using System.Text.Json;
using Microfinance.Application.Reporting.Documents;
using Microfinance.Domain.Common;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting;

/// <summary>
/// Writes an export as a file of one format, keeps the file in the history (a <see cref="ReportRun"/>) with who asked and
/// when, and answers the run: the one exporter of every report and of the transaction explorer (docs/reporting.md).
/// </summary>
public sealed class ReportExporter(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IEnumerable<IReportWriter> writers, IReportFileStore files, DocumentStamps stamps)
{
    public async Task<ReportRunDto> ExportAsync(ReportExport export, ReportFormat format, CancellationToken cancellationToken)
    {
        var writer = writers.Single(w => w.Format == format);
        if (writer.MaxRows is { } max && await export.CountAsync(cancellationToken) > max)
            throw new DomainException("report_too_long_for_format", "This report has more than {0} rows for a {1} file: narrow its filters, or export it as CSV or XLSX.",
                max, format.ToString().ToUpperInvariant());
        var stamp = await stamps.NowAsync(cancellationToken);
        var now = stamp.At;
        var document = new ReportDocument(export.Title, export.Columns, export.FilterLines, await export.TotalsAsync(cancellationToken), stamp.InstitutionName,
            stamp.CurrencyLabel, stamp.LocalAt, stamp.By);

        // Written to a temporary file, not memory: an export of a million rows stays small in the server (docs/reporting.md).
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var rows = await writer.WriteAsync(file, document, export.Rows(cancellationToken), cancellationToken);
        file.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        var fileName = $"{export.Name}-{now.ToOffset(TimeSpan.Zero):yyyyMMdd-HHmmss}.{writer.Extension}";

        var run = new ReportRun(stamp.InstitutionId, export.Name, JsonSerializer.Serialize(export.Parameters), format, fileName, rows, file.Length, sha256,
            stamp.UserId, stamp.By, now);
        db.ReportRuns.Add(run);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        file.Position = 0;
        await files.SaveAsync(run.Id, file, cancellationToken);
        return new ReportRunDto(run.Id, run.Report, export.Title, run.Format, export.Parameters, run.FileName, run.RowCount, run.Size, run.Sha256,
            run.RequestedByName, run.RequestedAt);
    }
}
