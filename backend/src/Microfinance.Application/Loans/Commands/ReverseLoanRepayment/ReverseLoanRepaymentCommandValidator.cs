using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.ReverseLoanRepayment;

public sealed class ReverseLoanRepaymentCommandValidator : AbstractValidator<ReverseLoanRepaymentCommand>
{
    public ReverseLoanRepaymentCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
