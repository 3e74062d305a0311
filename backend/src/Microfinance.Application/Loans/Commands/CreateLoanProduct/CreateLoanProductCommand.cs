using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.CreateLoanProduct;

[Authorize(Roles.SfdAdmin)]
public sealed record CreateLoanProductCommand(
    string Code, string Name, decimal MinAmount, decimal MaxAmount, int MinInstallments, int MaxInstallments, RepaymentFrequency Frequency,
    InterestMethod InterestMethod, Amortization Amortization, decimal MinRatePercent, decimal MaxRatePercent, int MaxGracePeriods = 0,
    decimal ProcessingFeePercent = 0, PenaltyKind PenaltyKind = PenaltyKind.None, decimal PenaltyValue = 0, decimal? GuaranteeRequiredAbove = null,
    int MinSavingsAgeDays = 90, decimal MaxAmountToSavingsRatio = 5) : ICommand<LoanProductDto>, ILoanProductFields;
