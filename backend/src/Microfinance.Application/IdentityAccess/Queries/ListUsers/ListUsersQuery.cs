namespace Microfinance.Application.IdentityAccess.Queries.ListUsers;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Auditor)]
public sealed record ListUsersQuery(
    string? Search = null, string? Role = null, Guid? BranchId = null, bool? IsActive = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<UserDto>>, IPageRequest;
