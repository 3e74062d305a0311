namespace Microfinance.Application.Reporting.Commands.ExportReport;

public sealed class ExportReportCommandHandler(ReportCatalogue catalogue, ReportExporter exporter, ReportFilterLines lines)
    : IRequestHandler<ExportReportCommand, ReportRunDto>
{
    public async Task<ReportRunDto> Handle(ExportReportCommand c, CancellationToken cancellationToken)
    {
        var report = catalogue.Find(c.Name, c.Filters);
        var data = await report.PrepareAsync(c.Filters, cancellationToken);
        var export = new ReportExport(report.Name, report.Title, report.Columns, c.Filters.Given(), await FilterLinesAsync(report, c.Filters, cancellationToken),
            data.CountAsync, data.TotalsAsync, ct => data.RowsAsync(0, null, ct));
        return await exporter.ExportAsync(export, c.Format, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> FilterLinesAsync(Report report, ReportFilters f, CancellationToken ct)
    {
        var given = new List<string>();
        if (f.From is { } from) given.Add(ReportFilterLines.Day("Du", from));
        if (f.To is { } to) given.Add(ReportFilterLines.Day("Au", to));
        if (f.AsOf is { } asOf) given.Add(ReportFilterLines.Day("Au", asOf));
        if (f.BranchId is { } branch) given.Add(await lines.BranchAsync(branch, ct));
        if (f.AgentId is { } agent) given.Add(await lines.AgentAsync(agent, ct));
        if (f.ProductId is { } product) given.Add(await lines.LoanProductAsync(product, ct));
        if (f.CategoryId is { } category) given.Add(await lines.CategoryAsync(category, ct));
        if (f.Status is { } status) given.Add($"Statut\u00A0: {report.StatusWord(status)}");
        if (f.Horizon is { } horizon) given.Add($"Horizon\u00A0: {horizon} jours");
        return given;
    }
}
