namespace Microfinance.Application.Loans.Queries.ListLoans;

public sealed class ListLoansQueryValidator : AbstractValidator<ListLoansQuery>
{
    public ListLoansQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}
