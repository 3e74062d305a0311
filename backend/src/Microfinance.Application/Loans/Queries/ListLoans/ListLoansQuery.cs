using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.ListLoans;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListLoansQuery(
    LoanStatus? Status = null, Guid? ClientId = null, Guid? BranchId = null, Guid? AgentId = null, bool? InArrears = null, string? Search = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<LoanDto>>, IPageRequest;
