namespace Microfinance.Application.Reporting;

/// <summary>
/// A report prepared for one request's filters (<see cref="Report.PrepareAsync"/>): the query is built, and anything
/// grouped computed, once; the count, the rows and the totals then read from it, so that a page or an export does not
/// compute the same figures two or three times.
/// </summary>
public abstract class ReportData
{
    public abstract Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The rows (one cell per column, in order) from <paramref name="skip"/>, all of them when <paramref name="take"/> is null.</summary>
    public abstract IAsyncEnumerable<object?[]> RowsAsync(int skip, int? take, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<ReportTotal>> TotalsAsync(CancellationToken cancellationToken);
}
