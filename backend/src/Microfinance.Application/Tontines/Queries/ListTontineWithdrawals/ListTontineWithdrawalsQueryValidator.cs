namespace Microfinance.Application.Tontines.Queries.ListTontineWithdrawals;

public sealed class ListTontineWithdrawalsQueryValidator : AbstractValidator<ListTontineWithdrawalsQuery>
{
    public ListTontineWithdrawalsQueryValidator() => this.AddPagingRules();
}
