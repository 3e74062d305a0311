using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting;

/// <summary>The media types of the export formats, for <c>Accept</c>, <c>Content-Type</c> and a stored file.</summary>
public static class ReportFormats
{
    public static readonly IReadOnlyDictionary<ReportFormat, string> ContentTypes = new Dictionary<ReportFormat, string>
    {
        [ReportFormat.Csv] = "text/csv",
        [ReportFormat.Xlsx] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [ReportFormat.Pdf] = "application/pdf",
    };
}
