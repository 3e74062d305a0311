using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Loans.Commands.RepayLoan;

public sealed class RepayLoanCommandValidator : AbstractValidator<RepayLoanCommand>
{
    public RepayLoanCommandValidator(MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Reference).MaximumLength(100);
    }
}
