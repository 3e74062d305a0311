using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>The checks every use of the findings' filters shares (list, statistics, export).</summary>
public sealed class AnomalyFilterValidator : AbstractValidator<IAnomalyFilter>
{
    public AnomalyFilterValidator()
    {
        RuleFor(x => x.Rule).Must(r => r is null || AnomalyRule.IsKnown(r)).WithLocalizedMessage("There is no such rule.");
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithLocalizedMessage("The end of the period comes before its start.");
    }
}
