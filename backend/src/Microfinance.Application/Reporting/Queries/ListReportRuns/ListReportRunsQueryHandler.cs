using System.Text.Json;

namespace Microfinance.Application.Reporting.Queries.ListReportRuns;

public sealed class ListReportRunsQueryHandler(IApplicationDbContext db, ReportCatalogue catalogue)
    : IRequestHandler<ListReportRunsQuery, PagedList<ReportRunDto>>
{
    public async Task<PagedList<ReportRunDto>> Handle(ListReportRunsQuery q, CancellationToken cancellationToken)
    {
        var hidden = catalogue.Unreadable;
        var runs = db.ReportRuns.Where(r => !hidden.Contains(r.Report));
        if (q.Report is { } report) runs = runs.Where(r => r.Report == report);
        var page = await PagedList<Domain.Reporting.ReportRun>.CreateAsync(runs.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id),
            q.Page, q.PageSize, cancellationToken);
        var titles = catalogue.All.ToDictionary(r => r.Name, r => r.Title);
        titles[TransactionExplorerExport.Name] = TransactionExplorerExport.Title;
        return new PagedList<ReportRunDto>
        {
            Items = page.Items.Select(r => new ReportRunDto(r.Id, r.Report, titles.GetValueOrDefault(r.Report, r.Report), r.Format,
                JsonSerializer.Deserialize<Dictionary<string, string>>(r.Parameters)!, r.FileName, r.RowCount, r.Size, r.Sha256,
                r.RequestedByName, r.RequestedAt)).ToList(),
            Page = page.Page, PageSize = page.PageSize, TotalCount = page.TotalCount,
        };
    }
}
