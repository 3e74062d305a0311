namespace Microfinance.Application.Loans.Commands.DisburseLoan;

public sealed class DisburseLoanCommandValidator : AbstractValidator<DisburseLoanCommand>
{
    public DisburseLoanCommandValidator()
    {
        RuleFor(x => x.Mode).IsInEnum();
        RuleFor(x => x.AccountId).NotNull().When(x => x.Mode == DisbursementMode.ToSavingsAccount).WithLocalizedMessage("Choose the client's account to credit.");
        RuleFor(x => x.AccountId).Null().When(x => x.Mode == DisbursementMode.Cash).WithLocalizedMessage("A cash disbursement credits no account.");
    }
}
