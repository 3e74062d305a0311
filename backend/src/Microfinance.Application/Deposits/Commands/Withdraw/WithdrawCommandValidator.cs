using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits.Commands.Withdraw;

public sealed class WithdrawCommandValidator : AbstractValidator<WithdrawCommand>
{
    public WithdrawCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.Channel).IsInEnum();
    }
}
