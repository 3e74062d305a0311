using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryValidator : AbstractValidator<ListTransactionsQuery>
{
    public static readonly string[] Sorts = ["date", "-date", "amount", "-amount", "category", "-category"];

    public ListTransactionsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.MinAmount).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxAmount).GreaterThanOrEqualTo(x => x.MinAmount ?? 0)
            .WithLocalizedMessage("The largest amount is below the smallest.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithLocalizedMessage("The end of the period comes before its start.");
        RuleFor(x => x.Categorized).NotEqual(false).When(x => x.CategoryId is not null)
            .WithLocalizedMessage("Ask for a category or for the movements without one, not both.");
        RuleFor(x => x.Sort).Must(s => s is null || Sorts.Contains(s)).WithLocalizedMessage("Sort by one of: {0}.", string.Join(", ", Sorts));
    }
}
