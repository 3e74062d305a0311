using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Tontines.Commands.RequestTontineWithdrawal;

public sealed class RequestTontineWithdrawalCommandValidator : AbstractValidator<RequestTontineWithdrawalCommand>
{
    public RequestTontineWithdrawalCommandValidator(MoneyRules money) => money.Apply(RuleFor(x => x.Amount));
}
