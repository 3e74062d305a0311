namespace Microfinance.Application.IdentityAccess.Queries.ListInstitutions;

[Authorize(Roles.PlatformAdmin)]
public sealed record ListInstitutionsQuery(string? Search = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<InstitutionDto>>, IPageRequest;
