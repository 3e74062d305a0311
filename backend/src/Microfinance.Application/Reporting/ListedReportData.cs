namespace Microfinance.Application.Reporting;

/// <summary>
/// A report of a few grouped rows (one per agent, branch or GL account), computed once in full — summed in PostgreSQL
/// — with its totals; a page is a slice of the list.
/// </summary>
public sealed class ListedReportData(IReadOnlyList<object?[]> rows, IReadOnlyList<ReportTotal> totals) : ReportData
{
    public override Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(rows.Count);

    public override IAsyncEnumerable<object?[]> RowsAsync(int skip, int? take, CancellationToken cancellationToken) =>
        rows.Skip(skip).Take(take ?? int.MaxValue).ToAsyncEnumerable();

    public override Task<IReadOnlyList<ReportTotal>> TotalsAsync(CancellationToken cancellationToken) => Task.FromResult(totals);
}
