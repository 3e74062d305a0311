namespace Microfinance.Application.Loans.Commands.RejectLoanApplication;

public sealed class RejectLoanApplicationCommandValidator : AbstractValidator<RejectLoanApplicationCommand>
{
    public RejectLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
