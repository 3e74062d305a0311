namespace Microfinance.Application.Tontines.Queries.ListTontineAdhesions;

/// <summary>Newest first: the inbox shows what was recorded last at the top.</summary>
public sealed class ListTontineAdhesionsQueryHandler(TontineReader reader) : IRequestHandler<ListTontineAdhesionsQuery, PagedList<TontineAdhesionDto>>
{
    public Task<PagedList<TontineAdhesionDto>> Handle(ListTontineAdhesionsQuery q, CancellationToken cancellationToken)
    {
        var adhesions = reader.Adhesions();
        if (q.Status is { } status) adhesions = adhesions.Where(a => a.Status == status);
        if (q.TontineId is { } tontine) adhesions = adhesions.Where(a => a.TontineId == tontine);
        if (q.ClientId is { } client) adhesions = adhesions.Where(a => a.ClientId == client);
        return reader.PageAsync(adhesions.OrderByDescending(a => a.RequestedAt), q.Page, q.PageSize, cancellationToken);
    }
}
