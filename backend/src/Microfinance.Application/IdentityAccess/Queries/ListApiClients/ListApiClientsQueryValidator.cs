namespace Microfinance.Application.IdentityAccess.Queries.ListApiClients;

public sealed class ListApiClientsQueryValidator : AbstractValidator<ListApiClientsQuery>
{
    public ListApiClientsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}
