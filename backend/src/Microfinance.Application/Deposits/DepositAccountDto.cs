using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

public sealed class DepositAccountDto
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public string ClientNumber { get; set; } = "";
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = "";
    public DepositProductKind ProductKind { get; set; }
    /// <summary>The product's opening fee, charged at activation.</summary>
    public decimal OpeningFee { get; set; }
    public Guid BranchId { get; set; }
    public string BranchName { get; set; } = "";
    public DepositAccountStatus Status { get; set; }
    public decimal Balance { get; set; }
    public string Currency { get; set; } = "";
    public Guid RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? ActivatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? RejectedBy { get; set; }
    public DateTimeOffset? RejectedAt { get; set; }
    public string? RejectionReason { get; set; }
    /// <summary>The product's minimum balance: withdrawals never take the account below it.</summary>
    public decimal MinimumBalance { get; set; }
    /// <summary>The opening fee paid at activation (through a channel, not from the account), and its journal entry.</summary>
    public decimal? OpeningFeePaid { get; set; }
    public Channel? OpeningFeeChannel { get; set; }
    public long? OpeningFeeEntryNumber { get; set; }
}
