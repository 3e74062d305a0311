using Microfinance.Domain.Common;

namespace Microfinance.Domain.Reporting;

/// <summary>
/// One exported report, kept in the history: what was asked (report, filters, format), by whom and when, and the file
/// produced. The file itself is stored beside the run (never in the audit trail); its SHA-256 is here, in the audited
/// row, so a stored file that was altered afterwards shows (docs/reporting.md).
/// </summary>
public sealed class ReportRun : Entity, ITenantOwned
{
    private ReportRun() { }

    public ReportRun(Guid institutionId, string report, string parameters, ReportFormat format, string fileName,
        long rowCount, long size, string sha256, Guid? requestedBy, string requestedByName, DateTimeOffset requestedAt)
    {
        if (rowCount < 0) throw new ArgumentOutOfRangeException(nameof(rowCount));
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), "An export is never empty: it has its headers.");
        InstitutionId = institutionId;
        Report = report;
        Parameters = parameters;
        Format = format;
        FileName = fileName;
        RowCount = rowCount;
        Size = size;
        Sha256 = sha256;
        RequestedBy = requestedBy;
        RequestedByName = requestedByName;
        RequestedAt = requestedAt;
    }

    public Guid InstitutionId { get; private set; }
    /// <summary>The report's name in the catalogue (e.g. <c>client-balances</c>).</summary>
    public string Report { get; private set; } = "";
    /// <summary>The filters it ran with, as JSON (<c>{"branchId": "…"}</c>): shown in the history and replayable.</summary>
    public string Parameters { get; private set; } = "{}";
    public ReportFormat Format { get; private set; }
    public string FileName { get; private set; } = "";
    public long RowCount { get; private set; }
    /// <summary>The file's size in bytes.</summary>
    public long Size { get; private set; }
    /// <summary>Lower-case hex SHA-256 of the stored file.</summary>
    public string Sha256 { get; private set; } = "";
    public Guid? RequestedBy { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
}
