namespace Microfinance.Application.Loans.Commands.WriteOffLoan;

public sealed class WriteOffLoanCommandValidator : AbstractValidator<WriteOffLoanCommand>
{
    public WriteOffLoanCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
