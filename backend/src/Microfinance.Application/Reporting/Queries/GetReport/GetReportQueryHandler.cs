namespace Microfinance.Application.Reporting.Queries.GetReport;

public sealed class GetReportQueryHandler(ReportCatalogue catalogue) : IRequestHandler<GetReportQuery, ReportPageDto>
{
    public async Task<ReportPageDto> Handle(GetReportQuery q, CancellationToken cancellationToken)
    {
        var report = catalogue.Find(q.Name, q.Filters);
        var data = await report.PrepareAsync(q.Filters, cancellationToken);
        var total = await data.CountAsync(cancellationToken);
        var rows = await data.RowsAsync((q.Page - 1) * q.PageSize, q.PageSize, cancellationToken).ToListAsync(cancellationToken);
        var totals = await data.TotalsAsync(cancellationToken);
        return new ReportPageDto(report.Name, report.Title, report.Columns, rows, totals, q.Page, q.PageSize, total);
    }
}
