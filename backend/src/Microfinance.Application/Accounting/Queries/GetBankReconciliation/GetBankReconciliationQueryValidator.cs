namespace Microfinance.Application.Accounting.Queries.GetBankReconciliation;

public sealed class GetBankReconciliationQueryValidator : AbstractValidator<GetBankReconciliationQuery>
{
    public GetBankReconciliationQueryValidator() =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
}
