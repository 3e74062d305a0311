using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

public interface IDepositProductFields
{
    string Name { get; }
    decimal AnnualInterestRatePercent { get; }
    decimal MinimumBalance { get; }
    decimal OpeningFee { get; }
    decimal? WithdrawalApprovalThreshold { get; }

    static DepositProductTerms TermsOf(IDepositProductFields f, bool singleStep) =>
        new(f.Name, f.AnnualInterestRatePercent, f.MinimumBalance, f.OpeningFee, f.WithdrawalApprovalThreshold, singleStep);
}
