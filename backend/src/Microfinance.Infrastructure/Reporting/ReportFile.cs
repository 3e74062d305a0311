namespace Microfinance.Infrastructure.Reporting;

/// <summary>
/// An export's bytes, one row per <see cref="Domain.Reporting.ReportRun"/>: written and read by hand as a stream
/// (<see cref="ReportFileStore"/>), never loaded through EF nor copied into the audit trail — the run's audited
/// SHA-256 vouches for it.
/// </summary>
public sealed class ReportFile : Identity.INotAudited
{
    public Guid RunId { get; set; }
    public Guid InstitutionId { get; set; }
    public byte[] Content { get; set; } = [];
}
