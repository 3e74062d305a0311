namespace Microfinance.Application.Reporting.Queries.GetReportRunFile;

public sealed class GetReportRunFileQueryHandler(IApplicationDbContext db, IReportFileStore files, ReportCatalogue catalogue)
    : IRequestHandler<GetReportRunFileQuery, ReportFileDto>
{
    public async Task<ReportFileDto> Handle(GetReportRunFileQuery q, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.Where(r => r.Id == q.Id).Select(r => new { r.Report, r.FileName, r.Format }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Report run", q.Id);
        catalogue.EnsureReadable(run.Report);
        var content = await files.OpenAsync(q.Id, cancellationToken) ?? throw new NotFoundException("Report run", q.Id);
        return new ReportFileDto(run.FileName, ReportFormats.ContentTypes[run.Format], content);
    }
}
