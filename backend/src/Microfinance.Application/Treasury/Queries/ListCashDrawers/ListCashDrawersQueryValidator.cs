namespace Microfinance.Application.Treasury.Queries.ListCashDrawers;

public sealed class ListCashDrawersQueryValidator : AbstractValidator<ListCashDrawersQuery>
{
    public ListCashDrawersQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithLocalizedMessage("The end of the period comes before its start.");
    }
}
