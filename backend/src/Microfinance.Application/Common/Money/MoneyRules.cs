using Microfinance.Domain.Common;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Common.Money;

/// <summary>
/// The one rule for an amount of money in a request: positive, in whole minor units of the institution's currency,
/// bounded. A singleton, like every validator (they are built once, not per request): the institution in scope comes
/// with each validation, put there by the validation behaviour under <see cref="InstitutionKey"/>.
/// </summary>
public sealed class MoneyRules(IOptions<OperationLimits> limits)
{
    public const string InstitutionKey = nameof(InstitutionProfile);

    public IRuleBuilderOptions<T, decimal> Apply<T>(IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0)
            .LessThanOrEqualTo(limits.Value.MaxOperationAmount)
            .MustAsync(async (_, amount, context, ct) =>
                Currencies.FitsMinorUnit(amount, await ((InstitutionProfile)context.RootContextData[InstitutionKey]).CurrencyAsync(ct)))
            .WithLocalizedMessage("The amount has more decimals than the currency allows (FCFA has none).");
}
