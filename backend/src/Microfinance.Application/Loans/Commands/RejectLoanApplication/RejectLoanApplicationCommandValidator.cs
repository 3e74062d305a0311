using System.Text.Json.Serialization;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Common;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.RejectLoanApplication;

public sealed class RejectLoanApplicationCommandValidator : AbstractValidator<RejectLoanApplicationCommand>
{
    public RejectLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
