namespace Microfinance.Application.Loans;

public sealed class LoanProductFieldsValidator : AbstractValidator<ILoanProductFields>
{
    public LoanProductFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.MinAmount).GreaterThan(0);
        RuleFor(x => x.MaxAmount).GreaterThanOrEqualTo(x => x.MinAmount);
        RuleFor(x => x.MinInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.MaxInstallments).InclusiveBetween(1, 1000).GreaterThanOrEqualTo(x => x.MinInstallments);
        RuleFor(x => x.Frequency).IsInEnum();
        RuleFor(x => x.InterestMethod).IsInEnum();
        RuleFor(x => x.Amortization).IsInEnum();
        RuleFor(x => x.MinRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.MaxRatePercent).InclusiveBetween(0, 100).GreaterThanOrEqualTo(x => x.MinRatePercent);
        RuleFor(x => x.MaxGracePeriods).InclusiveBetween(0, 24);
        RuleFor(x => x.ProcessingFeePercent).InclusiveBetween(0, 20);
        RuleFor(x => x.PenaltyKind).IsInEnum();
        RuleFor(x => x.PenaltyValue).GreaterThanOrEqualTo(0);
        RuleFor(x => x.GuaranteeRequiredAbove).GreaterThan(0);
        RuleFor(x => x.MinSavingsAgeDays).InclusiveBetween(0, 3650);
        RuleFor(x => x.MaxAmountToSavingsRatio).InclusiveBetween(0, 100);
    }
}
