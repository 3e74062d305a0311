using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits;

public sealed class MovementFieldsValidator : AbstractValidator<IMovementFields>
{
    public MovementFieldsValidator(MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.Reference).MaximumLength(100);
    }
}
