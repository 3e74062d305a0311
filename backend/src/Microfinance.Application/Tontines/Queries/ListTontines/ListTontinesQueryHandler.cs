namespace Microfinance.Application.Tontines.Queries.ListTontines;

public sealed class ListTontinesQueryHandler(TontineReader reader) : IRequestHandler<ListTontinesQuery, PagedList<TontineDto>>
{
    public Task<PagedList<TontineDto>> Handle(ListTontinesQuery q, CancellationToken cancellationToken)
    {
        var tontines = reader.Tontines();
        if (q.Status is { } status) tontines = tontines.Where(t => t.Status == status);
        return PagedList<TontineDto>.CreateAsync(tontines.OrderBy(t => t.Name), q.Page, q.PageSize, cancellationToken);
    }
}
