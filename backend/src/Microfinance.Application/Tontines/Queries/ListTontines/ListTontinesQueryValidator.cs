namespace Microfinance.Application.Tontines.Queries.ListTontines;

public sealed class ListTontinesQueryValidator : AbstractValidator<ListTontinesQuery>
{
    public ListTontinesQueryValidator() => this.AddPagingRules();
}
