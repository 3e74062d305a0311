namespace Microfinance.Application.Anomalies.Queries.ListAnomalies;

public sealed class ListAnomaliesQueryHandler(IApplicationDbContext db, AnomalyReader reader) : IRequestHandler<ListAnomaliesQuery, PagedList<AnomalyDto>>
{
    public Task<PagedList<AnomalyDto>> Handle(ListAnomaliesQuery q, CancellationToken cancellationToken) =>
        reader.PageAsync(db.Anomalies.Filtered(q), q.Page, q.PageSize, cancellationToken);
}
