namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryValidator : AbstractValidator<ListTransactionsQuery>
{
    public ListTransactionsQueryValidator() => this.AddPagingRules();
}
