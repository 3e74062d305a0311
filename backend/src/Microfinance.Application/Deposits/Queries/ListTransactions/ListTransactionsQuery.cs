using Microfinance.Domain.Deposits;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Deposits.Queries.ListTransactions;

/// <summary>
/// The transaction explorer: every movement of the institution — its accounts' movements, loan repayments, opening fees
/// and loans disbursed in cash (<see cref="Movement"/>) — its filters cumulative: a client or an account, a period of value dates (<paramref name="From"/> and <paramref name="To"/> inclusive), the operation, the
/// channel, an amount range, the account's or the loan's branch, the agent who recorded it, reversed or not, a category or tagged or
/// not (<paramref name="Categorized"/>) — with the totals of the whole filtered set. Sort: <c>date</c>, <c>amount</c> or
/// <c>category</c>, prefixed with <c>-</c> for descending; newest first by default.
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTransactionsQuery(
    Guid? ClientId = null, Guid? AccountId = null, DateOnly? From = null, DateOnly? To = null, MovementType? Type = null,
    Channel? Channel = null, decimal? MinAmount = null, decimal? MaxAmount = null, Guid? BranchId = null, Guid? AgentId = null,
    bool? Reversed = null, Guid? CategoryId = null, bool? Categorized = null, string? Sort = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<TransactionPageDto>, IPageRequest;
