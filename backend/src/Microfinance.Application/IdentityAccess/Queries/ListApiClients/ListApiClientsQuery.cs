namespace Microfinance.Application.IdentityAccess.Queries.ListApiClients;

[Authorize(Roles.SfdAdmin, Roles.Auditor)]
public sealed record ListApiClientsQuery(string? Search = null, bool? IsRevoked = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<ApiClientDto>>, IPageRequest;
