namespace Microfinance.Application.Loans.Commands.ReviewLoanApplication;

public sealed class ReviewLoanApplicationCommandValidator : AbstractValidator<ReviewLoanApplicationCommand>
{
    public ReviewLoanApplicationCommandValidator(Common.Money.MoneyRules money)
    {
        When(x => x.Amount is not null, () => money.Apply(RuleFor(x => x.Amount!.Value)).OverridePropertyName("amount"));
        RuleFor(x => x.NumberOfInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.GracePeriods).InclusiveBetween(0, 24);
    }
}
