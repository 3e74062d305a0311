namespace Microfinance.Application.Accounting.Queries.GetGeneralLedger;

public sealed class GetGeneralLedgerQueryValidator : AbstractValidator<GetGeneralLedgerQuery>
{
    public GetGeneralLedgerQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}
