using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Queries.ListAnomalies;

public sealed class ListAnomaliesQueryValidator : AbstractValidator<ListAnomaliesQuery>
{
    public ListAnomaliesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Rule).Must(r => r is null || AnomalyRule.IsKnown(r)).WithLocalizedMessage("There is no such rule.");
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithLocalizedMessage("The end of the period comes before its start.");
    }
}
