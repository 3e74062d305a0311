using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

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
