namespace Microfinance.Application.IdentityAccess.Queries.ListBranches;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Accountant, Roles.Auditor)]
public sealed record ListBranchesQuery(string? Search = null, bool? IsActive = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<BranchDto>>, IPageRequest;
