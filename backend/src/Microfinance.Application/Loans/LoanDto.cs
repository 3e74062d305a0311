using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

public sealed class LoanDto
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = "";
    public Guid BranchId { get; set; }
    public LoanStatus Status { get; set; }
    public decimal Principal { get; set; }
    public decimal AnnualInterestRatePercent { get; set; }
    public int NumberOfInstallments { get; set; }
    public RepaymentFrequency Frequency { get; set; }
    public InterestMethod InterestMethod { get; set; }
    public Amortization Amortization { get; set; }
    public int GracePeriods { get; set; }
    public decimal ProcessingFeePercent { get; set; }
    public string Purpose { get; set; } = "";
    public string? Guarantee { get; set; }
    public string? StatusReason { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? RecommendedBy { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateOnly? DisbursementDate { get; set; }
    public decimal TotalInterest { get; set; }
    public decimal TotalFees { get; set; }
    public decimal TotalPenalties { get; set; }
    public decimal TotalRepaid { get; set; }
    public decimal Outstanding { get; set; }
    public decimal OutstandingPrincipal { get; set; }
    public int DaysInArrears { get; set; }
    public DateOnly? NextDueDate { get; set; }
    public decimal? NextDueAmount { get; set; }
    public string Currency { get; set; } = "";
}
