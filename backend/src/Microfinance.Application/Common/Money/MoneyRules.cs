using Microfinance.Domain.Common;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Common.Money;

/// <summary>The one rule for an amount of money in a request: positive, in whole minor units of the institution's currency, bounded.</summary>
public sealed class MoneyRules(InstitutionProfile institution, IOptions<OperationLimits> limits)
{
    public IRuleBuilderOptions<T, decimal> Apply<T>(IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0)
            .LessThanOrEqualTo(limits.Value.MaxOperationAmount)
            .MustAsync(async (amount, ct) => Currencies.FitsMinorUnit(amount, await institution.CurrencyAsync(ct)))
            .WithMessage("The amount has more decimals than the currency allows (FCFA has none).");
}
