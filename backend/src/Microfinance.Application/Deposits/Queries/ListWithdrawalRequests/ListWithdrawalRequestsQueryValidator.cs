namespace Microfinance.Application.Deposits.Queries.ListWithdrawalRequests;

public sealed class ListWithdrawalRequestsQueryValidator : AbstractValidator<ListWithdrawalRequestsQuery>
{
    public ListWithdrawalRequestsQueryValidator() => this.AddPagingRules();
}
