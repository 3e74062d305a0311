namespace Microfinance.Application.Payments.Queries.ListPayments;

public sealed class ListPaymentsQueryValidator : AbstractValidator<ListPaymentsQuery>
{
    public ListPaymentsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Purpose).IsInEnum();
        RuleFor(x => x.Provider).MaximumLength(40);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithLocalizedMessage("The end of the period comes before its start.");
    }
}
