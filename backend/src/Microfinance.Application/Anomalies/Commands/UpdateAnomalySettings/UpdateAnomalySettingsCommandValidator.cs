using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies.Commands.UpdateAnomalySettings;

public sealed class UpdateAnomalySettingsCommandValidator : AbstractValidator<UpdateAnomalySettingsCommand>
{
    public UpdateAnomalySettingsCommandValidator()
    {
        RuleFor(x => x.Rules).NotNull().Must(rules => rules.Select(r => r.Rule).Distinct(StringComparer.Ordinal).Count() == rules.Count)
            .WithLocalizedMessage("Each rule is listed once.");
        RuleForEach(x => x.Rules).ChildRules(rule =>
        {
            rule.RuleFor(r => r.Rule).Must(AnomalyRule.IsKnown).WithLocalizedMessage("There is no such rule.");
            rule.RuleFor(r => r.Parameters).Must((choice, parameters) => parameters is null
                    || AnomalyRule.Find(choice.Rule) is not { } known || parameters.Keys.All(known.Defaults.ContainsKey))
                .WithLocalizedMessage("A parameter is not one of the rule's.");
            rule.RuleForEach(r => r.Parameters!.Values).GreaterThanOrEqualTo(0).When(r => r.Parameters is not null)
                .OverridePropertyName("Parameters");
        });
    }
}
