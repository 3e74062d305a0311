using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries.ListWithdrawalRequests;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListWithdrawalRequestsQuery(WithdrawalRequestStatus? Status = null, Guid? AccountId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<WithdrawalRequestDto>>, IPageRequest;
