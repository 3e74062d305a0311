using System.Runtime.CompilerServices;

namespace Microfinance.Application.Reporting;

/// <summary>
/// A report over one ordered query of the database: counted and paged there, its rows streamed (an export of a million
/// rows stays small), each written as cells by <paramref name="cells"/>; the totals from <paramref name="totals"/>.
/// </summary>
public sealed class QueriedReportData<TRow>(
    IQueryable<TRow> rows, Func<TRow, object?[]> cells, Func<CancellationToken, Task<IReadOnlyList<ReportTotal>>> totals) : ReportData
{
    public override Task<int> CountAsync(CancellationToken cancellationToken) => rows.CountAsync(cancellationToken);

    public override async IAsyncEnumerable<object?[]> RowsAsync(int skip, int? take, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = rows.Skip(skip);
        if (take is { } n) page = page.Take(n);
        await foreach (var row in page.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return cells(row);
    }

    public override Task<IReadOnlyList<ReportTotal>> TotalsAsync(CancellationToken cancellationToken) => totals(cancellationToken);
}
