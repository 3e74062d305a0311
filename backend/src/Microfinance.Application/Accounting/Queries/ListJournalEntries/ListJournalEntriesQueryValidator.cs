namespace Microfinance.Application.Accounting.Queries.ListJournalEntries;

public sealed class ListJournalEntriesQueryValidator : AbstractValidator<ListJournalEntriesQuery>
{
    public ListJournalEntriesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}
