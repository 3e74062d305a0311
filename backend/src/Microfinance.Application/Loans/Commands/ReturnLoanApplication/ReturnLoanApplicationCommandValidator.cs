namespace Microfinance.Application.Loans.Commands.ReturnLoanApplication;

public sealed class ReturnLoanApplicationCommandValidator : AbstractValidator<ReturnLoanApplicationCommand>
{
    public ReturnLoanApplicationCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
