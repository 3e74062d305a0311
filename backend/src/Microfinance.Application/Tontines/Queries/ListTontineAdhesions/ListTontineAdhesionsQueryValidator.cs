namespace Microfinance.Application.Tontines.Queries.ListTontineAdhesions;

public sealed class ListTontineAdhesionsQueryValidator : AbstractValidator<ListTontineAdhesionsQuery>
{
    public ListTontineAdhesionsQueryValidator() => this.AddPagingRules();
}
