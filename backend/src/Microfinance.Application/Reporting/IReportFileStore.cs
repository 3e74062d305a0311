namespace Microfinance.Application.Reporting;

/// <summary>Where exported files are kept for the history: beside their run, in the command's transaction.</summary>
public interface IReportFileStore
{
    Task SaveAsync(Guid runId, Stream content, CancellationToken cancellationToken);

    /// <summary>The stored file, read as it streams to the caller; null when the run has none in this institution.</summary>
    Task<Stream?> OpenAsync(Guid runId, CancellationToken cancellationToken);
}
