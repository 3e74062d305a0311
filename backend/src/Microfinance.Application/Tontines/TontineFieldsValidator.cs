using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines;

public sealed class TontineFieldsValidator : AbstractValidator<ITontineFields>
{
    public TontineFieldsValidator(MoneyRules money)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        money.Apply(RuleFor(x => x.MinDailyAmount));
        money.Apply(RuleFor(x => x.MaxDailyAmount));
        RuleFor(x => x.MaxDailyAmount).GreaterThanOrEqualTo(x => x.MinDailyAmount);
        RuleFor(x => x.AdhesionFee).GreaterThanOrEqualTo(0);
        RuleFor(x => x.CycleLengthDays).InclusiveBetween(2, 366);
    }
}
