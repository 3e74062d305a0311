using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Treasury.Queries.ListCashDrawers;

/// <summary>Drawer sessions, newest first, filtered by status, branch, holder and business days; an agent sees only their own.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListCashDrawersQuery(
    CashDrawerStatus? Status = null, Guid? BranchId = null, Guid? UserId = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<CashDrawerDto>>, IPageRequest;
