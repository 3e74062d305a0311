using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.Deposit;

public sealed class DepositCommandValidator : AbstractValidator<DepositCommand>
{
    public DepositCommandValidator(MoneyRules money)
    {
        Include(new MovementFieldsValidator(money));
        RuleFor(x => x.Channel).IsInEnum();
    }
}
