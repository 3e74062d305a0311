using System.Text.Json.Serialization;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.WriteOffLoan;

public sealed class WriteOffLoanCommandValidator : AbstractValidator<WriteOffLoanCommand>
{
    public WriteOffLoanCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
