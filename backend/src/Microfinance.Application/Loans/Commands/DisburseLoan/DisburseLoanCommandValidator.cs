namespace Microfinance.Application.Loans.Commands.DisburseLoan;

public sealed class DisburseLoanCommandValidator : AbstractValidator<DisburseLoanCommand>
{
    public DisburseLoanCommandValidator()
    {
        RuleFor(x => x.Mode).IsInEnum();
        RuleFor(x => x.AccountId).NotNull().When(x => x.Mode == DisbursementMode.ToSavingsAccount).WithMessage("Choose the client's account to credit.");
        RuleFor(x => x.AccountId).Null().When(x => x.Mode == DisbursementMode.Cash).WithMessage("A cash disbursement credits no account.");
    }
}
