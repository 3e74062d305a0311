using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

public interface ILoanProductFields
{
    string Name { get; }
    decimal MinAmount { get; }
    decimal MaxAmount { get; }
    int MinInstallments { get; }
    int MaxInstallments { get; }
    RepaymentFrequency Frequency { get; }
    InterestMethod InterestMethod { get; }
    Amortization Amortization { get; }
    decimal MinRatePercent { get; }
    decimal MaxRatePercent { get; }
    int MaxGracePeriods { get; }
    decimal ProcessingFeePercent { get; }
    PenaltyKind PenaltyKind { get; }
    decimal PenaltyValue { get; }
    decimal? GuaranteeRequiredAbove { get; }
    int MinSavingsAgeDays { get; }
    decimal MaxAmountToSavingsRatio { get; }

    static LoanProductTerms TermsOf(ILoanProductFields f) => new(
        f.Name, f.MinAmount, f.MaxAmount, f.MinInstallments, f.MaxInstallments, f.Frequency, f.InterestMethod, f.Amortization, f.MinRatePercent,
        f.MaxRatePercent, f.MaxGracePeriods, f.ProcessingFeePercent, f.PenaltyKind, f.PenaltyValue, f.GuaranteeRequiredAbove, f.MinSavingsAgeDays,
        f.MaxAmountToSavingsRatio);
}
