namespace Microfinance.Application.Loans.Commands.CreateLoanApplication;

public sealed class CreateLoanApplicationCommandValidator : AbstractValidator<CreateLoanApplicationCommand>
{
    public CreateLoanApplicationCommandValidator(Common.Money.MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Amount));
        RuleFor(x => x.NumberOfInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.GracePeriods).InclusiveBetween(0, 24);
        RuleFor(x => x.Purpose).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Guarantee).MaximumLength(500);
    }
}
