namespace Microfinance.Application.Loans.Commands.CancelLoanApplication;

public sealed class CancelLoanApplicationCommandValidator : AbstractValidator<CancelLoanApplicationCommand>
{
    public CancelLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
