using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

public sealed class LoanProductDto
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal MinAmount { get; set; }
    public decimal MaxAmount { get; set; }
    public int MinInstallments { get; set; }
    public int MaxInstallments { get; set; }
    public RepaymentFrequency Frequency { get; set; }
    public InterestMethod InterestMethod { get; set; }
    public Amortization Amortization { get; set; }
    public decimal MinRatePercent { get; set; }
    public decimal MaxRatePercent { get; set; }
    public int MaxGracePeriods { get; set; }
    public decimal ProcessingFeePercent { get; set; }
    public PenaltyKind PenaltyKind { get; set; }
    public decimal PenaltyValue { get; set; }
    public decimal? GuaranteeRequiredAbove { get; set; }
    public int MinSavingsAgeDays { get; set; }
    public decimal MaxAmountToSavingsRatio { get; set; }
    public bool IsActive { get; set; }
}
