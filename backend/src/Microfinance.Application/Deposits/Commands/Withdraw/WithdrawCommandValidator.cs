using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.Withdraw;

public sealed class WithdrawCommandValidator : AbstractValidator<WithdrawCommand>
{
    public WithdrawCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.Channel).IsInEnum();
    }
}
