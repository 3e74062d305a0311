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

public sealed record ScheduleLineDto(int Number, DateOnly DueDate, decimal Principal, decimal Interest, decimal Fees, decimal Total, decimal OutstandingAfter);

public sealed record SimulationDto(IReadOnlyList<ScheduleLineDto> Installments, decimal TotalPrincipal, decimal TotalInterest, decimal TotalFees, decimal AprPercent)
{
    public static SimulationDto From(LoanSchedule schedule) => new(
        schedule.Installments.Select(i => new ScheduleLineDto(i.Number, i.DueDate, i.Principal, i.Interest, i.Fees, i.Total, i.OutstandingAfter)).ToList(),
        schedule.TotalPrincipal, schedule.TotalInterest, schedule.TotalFees, schedule.AprPercent);
}

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

public sealed record InstallmentDto(
    int Number, DateOnly DueDate, decimal PrincipalDue, decimal InterestDue, decimal FeesDue, decimal PenaltiesDue, decimal TotalDue,
    decimal PrincipalPaid, decimal InterestPaid, decimal FeesPaid, decimal PenaltiesPaid, decimal TotalPaid, decimal Outstanding, InstallmentState State);

public enum InstallmentState
{
    Paid,
    PartiallyPaid,
    Due,
    Late,
    Upcoming,
}

public sealed record LoanRepaymentDto(
    Guid Id, Guid LoanId, long Sequence, decimal Amount, DateOnly Date, Domain.Deposits.Channel Channel, string? Reference,
    decimal PenaltiesPart, decimal FeesPart, decimal InterestPart, decimal PrincipalPart, Guid JournalEntryId,
    DateTimeOffset CreatedAt, DateTimeOffset? ReversedAt, string? ReversalReason);
