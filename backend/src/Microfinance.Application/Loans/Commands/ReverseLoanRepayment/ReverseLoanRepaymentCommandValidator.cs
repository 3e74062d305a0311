namespace Microfinance.Application.Loans.Commands.ReverseLoanRepayment;

public sealed class ReverseLoanRepaymentCommandValidator : AbstractValidator<ReverseLoanRepaymentCommand>
{
    public ReverseLoanRepaymentCommandValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(300);
}
