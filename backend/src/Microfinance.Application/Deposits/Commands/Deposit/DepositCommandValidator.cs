using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits.Commands.Deposit;

public sealed class DepositCommandValidator : AbstractValidator<DepositCommand>
{
    public DepositCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.Channel).IsInEnum();
    }
}
