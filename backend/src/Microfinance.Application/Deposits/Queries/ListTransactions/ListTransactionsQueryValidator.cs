using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryValidator : AbstractValidator<ListTransactionsQuery>
{
    public ListTransactionsQueryValidator() => this.AddPagingRules();
}
