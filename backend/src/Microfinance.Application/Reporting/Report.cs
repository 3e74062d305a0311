namespace Microfinance.Application.Reporting;

/// <summary>
/// A report of the catalogue: its French title and columns, the filters it takes, and its rows from one query prepared
/// once per request (<see cref="PrepareAsync"/>) and read by the screen's pages, every export and the dashboards'
/// figures alike (docs/reporting.md). Rows come in a stable order so that a page and an export of the same filters agree.
/// </summary>
public abstract class Report
{
    /// <summary>The name in the route (<c>/api/v1/reports/{name}</c>), kebab-case.</summary>
    public abstract string Name { get; }
    public abstract string Title { get; }
    public abstract string Description { get; }
    public abstract IReadOnlyList<ReportColumn> Columns { get; }
    /// <summary>The <see cref="ReportFilters"/> this report applies, by their query-string names.</summary>
    public abstract IReadOnlyList<string> Filters { get; }
    /// <summary>
    /// The roles that read it, when fewer than every role of the catalogue (the accounting reports: <see cref="Roles.LedgerReaders"/>);
    /// null for all of them. Another role gets a 403 for it and its exports, and does not see it in the catalogue or the history.
    /// </summary>
    public virtual IReadOnlyList<string>? ReadBy => null;

    /// <summary>The values its <c>status</c> filter takes, when it has one.</summary>
    public virtual IReadOnlyList<string> Statuses => [];

    /// <summary>A status of <see cref="Statuses"/> in French, as the report's rows write it (a file's filter lines).</summary>
    public virtual string StatusWord(string status) => status;

    /// <summary>The report for these filters: its query built once, which the count, the rows and the totals then read.</summary>
    public abstract Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken);
}
