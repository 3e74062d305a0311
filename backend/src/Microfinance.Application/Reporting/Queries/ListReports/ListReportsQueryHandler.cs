namespace Microfinance.Application.Reporting.Queries.ListReports;

public sealed class ListReportsQueryHandler(ReportCatalogue catalogue) : IRequestHandler<ListReportsQuery, IReadOnlyList<ReportDefinitionDto>>
{
    public Task<IReadOnlyList<ReportDefinitionDto>> Handle(ListReportsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReportDefinitionDto>>(catalogue.Readable.Select(ReportDefinitionDto.Of).ToList());
}
