namespace Microfinance.Application.Accounting.Queries.ListManualEntries;

public sealed class ListManualEntriesQueryValidator : AbstractValidator<ListManualEntriesQuery>
{
    public ListManualEntriesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}
