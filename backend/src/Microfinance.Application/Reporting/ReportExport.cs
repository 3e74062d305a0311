namespace Microfinance.Application.Reporting;

/// <summary>
/// What one export writes, whatever selected its rows — a report of the catalogue with its filters, or the transaction
/// explorer with its own: the name the history keeps, the French title and columns, the parameters as given, the
/// filters in words, and the rows (streamed, in a stable order), their count and totals.
/// </summary>
public sealed record ReportExport(
    string Name, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> FilterLines, Func<CancellationToken, Task<int>> CountAsync,
    Func<CancellationToken, Task<IReadOnlyList<ReportTotal>>> TotalsAsync, Func<CancellationToken, IAsyncEnumerable<object?[]>> Rows);
