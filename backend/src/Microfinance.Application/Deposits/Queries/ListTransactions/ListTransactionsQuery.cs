namespace Microfinance.Application.Deposits.Queries.ListTransactions;

/// <summary>Recent movements across accounts, newest first (a client's sheet, an agent's day).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTransactionsQuery(Guid? ClientId = null, Guid? AccountId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TransactionDto>>, IPageRequest;
