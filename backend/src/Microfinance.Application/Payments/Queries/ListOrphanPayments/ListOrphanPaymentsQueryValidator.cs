namespace Microfinance.Application.Payments.Queries.ListOrphanPayments;

public sealed class ListOrphanPaymentsQueryValidator : AbstractValidator<ListOrphanPaymentsQuery>
{
    public ListOrphanPaymentsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}
