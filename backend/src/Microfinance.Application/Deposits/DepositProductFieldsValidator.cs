namespace Microfinance.Application.Deposits;

public sealed class DepositProductFieldsValidator : AbstractValidator<IDepositProductFields>
{
    public DepositProductFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100).PrecisionScale(7, 4, ignoreTrailingZeros: true);
        RuleFor(x => x.MinimumBalance).GreaterThanOrEqualTo(0);
        RuleFor(x => x.OpeningFee).GreaterThanOrEqualTo(0);
        RuleFor(x => x.WithdrawalApprovalThreshold).GreaterThan(0);
    }
}
