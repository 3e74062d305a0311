namespace Microfinance.Application.Reporting.Queries.GetReport;

public sealed class GetReportQueryHandler(ReportCatalogue catalogue) : IRequestHandler<GetReportQuery, ReportPageDto>
{
    public async Task<ReportPageDto> Handle(GetReportQuery q, CancellationToken cancellationToken)
    {
        var report = catalogue.Find(q.Name, q.Filters);
        var total = await report.CountAsync(q.Filters, cancellationToken);
        var rows = await report.RowsAsync(q.Filters, (q.Page - 1) * q.PageSize, q.PageSize, cancellationToken).ToListAsync(cancellationToken);
        var totals = await report.TotalsAsync(q.Filters, cancellationToken);
        return new ReportPageDto(report.Name, report.Title, report.Columns, rows, totals, q.Page, q.PageSize, total);
    }
}
