using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries.ListAccounts;

/// <summary>Accounts, filtered by client, status (e.g. <c>Requested</c> for the supervisor's inbox), branch or number.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListAccountsQuery(
    Guid? ClientId = null, DepositAccountStatus? Status = null, Guid? BranchId = null, string? Search = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<DepositAccountDto>>, IPageRequest;
