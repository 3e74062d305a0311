namespace Microfinance.Application.Tontines.Queries.ListTontineParticipants;

public sealed class ListTontineParticipantsQueryValidator : AbstractValidator<ListTontineParticipantsQuery>
{
    public ListTontineParticipantsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}
