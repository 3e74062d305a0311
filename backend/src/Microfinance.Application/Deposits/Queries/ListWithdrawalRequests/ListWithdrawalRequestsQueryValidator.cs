using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries.ListWithdrawalRequests;

public sealed class ListWithdrawalRequestsQueryValidator : AbstractValidator<ListWithdrawalRequestsQuery>
{
    public ListWithdrawalRequestsQueryValidator() => this.AddPagingRules();
}
