namespace Microfinance.Application.Tontines.Queries.ListTontineContributions;

public sealed class ListTontineContributionsQueryValidator : AbstractValidator<ListTontineContributionsQuery>
{
    public ListTontineContributionsQueryValidator() => this.AddPagingRules();
}
