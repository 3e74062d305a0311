namespace Microfinance.Application.Clients.Queries.ListClients;

public sealed class ListClientsQueryValidator : AbstractValidator<ListClientsQuery>
{
    public static readonly string[] Sorts = ["name", "-name", "number", "-number", "createdAt", "-createdAt"];

    public ListClientsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Sort).Must(s => s is null || Sorts.Contains(s)).WithLocalizedMessage("Sort by one of: {0}.", string.Join(", ", Sorts));
    }
}
