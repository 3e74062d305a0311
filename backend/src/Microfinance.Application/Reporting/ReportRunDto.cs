using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting;

/// <summary>An export in the history, its file at <c>/api/v1/report-runs/{id}/file</c>.</summary>
public sealed record ReportRunDto(
    Guid Id, string Report, string Title, ReportFormat Format, IReadOnlyDictionary<string, string> Parameters, string FileName,
    long RowCount, long Size, string Sha256, string RequestedBy, DateTimeOffset RequestedAt);
