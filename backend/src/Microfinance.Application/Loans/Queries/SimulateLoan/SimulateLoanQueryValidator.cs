using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Loans.Queries.SimulateLoan;

public sealed class SimulateLoanQueryValidator : AbstractValidator<SimulateLoanQuery>
{
    public SimulateLoanQueryValidator(MoneyRules money)
    {
        money.Apply(RuleFor(x => x.Principal));
        RuleFor(x => x.AnnualInterestRatePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.NumberOfInstallments).InclusiveBetween(1, 1000);
        RuleFor(x => x.Frequency).IsInEnum();
        RuleFor(x => x.InterestMethod).IsInEnum();
        RuleFor(x => x.Amortization).IsInEnum();
        RuleFor(x => x.GracePeriods).InclusiveBetween(0, 24);
        RuleFor(x => x.ProcessingFeePercent).InclusiveBetween(0, 20);
    }
}
