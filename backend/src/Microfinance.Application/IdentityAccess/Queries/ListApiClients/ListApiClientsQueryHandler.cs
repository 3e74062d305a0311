namespace Microfinance.Application.IdentityAccess.Queries.ListApiClients;

public sealed class ListApiClientsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListApiClientsQuery, PagedList<ApiClientDto>>
{
    public Task<PagedList<ApiClientDto>> Handle(ListApiClientsQuery request, CancellationToken cancellationToken)
    {
        var clients = db.ApiClients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim().ToLower();
            clients = clients.Where(c => c.Name.ToLower().Contains(search));
        }
        if (request.IsRevoked is { } revoked)
            clients = clients.Where(c => (c.RevokedAt != null) == revoked);
        return PagedList<ApiClientDto>.CreateAsync(
            clients.OrderBy(c => c.RevokedAt != null).ThenBy(c => c.Name).ProjectToDto(), request.Page, request.PageSize, cancellationToken);
    }
}
