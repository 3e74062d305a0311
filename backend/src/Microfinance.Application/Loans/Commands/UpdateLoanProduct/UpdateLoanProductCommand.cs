using System.Text.Json.Serialization;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.UpdateLoanProduct;

[Authorize(Roles.SfdAdmin)]
public sealed record UpdateLoanProductCommand(
    string Name, decimal MinAmount, decimal MaxAmount, int MinInstallments, int MaxInstallments, RepaymentFrequency Frequency,
    InterestMethod InterestMethod, Amortization Amortization, decimal MinRatePercent, decimal MaxRatePercent, int MaxGracePeriods = 0,
    decimal ProcessingFeePercent = 0, PenaltyKind PenaltyKind = PenaltyKind.None, decimal PenaltyValue = 0, decimal? GuaranteeRequiredAbove = null,
    int MinSavingsAgeDays = 90, decimal MaxAmountToSavingsRatio = 5) : ICommand<LoanProductDto>, ILoanProductFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
