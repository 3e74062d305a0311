using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

public sealed class DepositProductDto
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public DepositProductKind Kind { get; set; }
    public decimal AnnualInterestRatePercent { get; set; }
    public decimal MinimumBalance { get; set; }
    public decimal OpeningFee { get; set; }
    public decimal? WithdrawalApprovalThreshold { get; set; }
    public bool AllowsSingleStepOpening { get; set; }
    public Guid DepositsGlAccountId { get; set; }
    public Guid FeeIncomeGlAccountId { get; set; }
    public Guid InterestExpenseGlAccountId { get; set; }
    public bool IsActive { get; set; }
}

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
}

/// <summary>One movement, as a statement line and as a receipt.</summary>
public sealed class TransactionDto
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string AccountNumber { get; set; } = "";
    public string ClientName { get; set; } = "";
    public long Sequence { get; set; }
    public TransactionType Type { get; set; }
    public decimal Amount { get; set; }
    public bool IsCredit { get; set; }
    public decimal BalanceAfter { get; set; }
    public string Currency { get; set; } = "";
    public DateOnly ValueDate { get; set; }
    public Channel? Channel { get; set; }
    public string? Reference { get; set; }
    public Guid JournalEntryId { get; set; }
    public long JournalEntryNumber { get; set; }
    public Guid? CounterpartAccountId { get; set; }
    public Guid? ReversesTransactionId { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReversedAt { get; set; }
    public string? ReversalReason { get; set; }
}

public sealed class WithdrawalRequestDto
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string AccountNumber { get; set; } = "";
    public string ClientName { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public Channel Channel { get; set; }
    public string? Reference { get; set; }
    public DateOnly? ValueDate { get; set; }
    public WithdrawalRequestStatus Status { get; set; }
    public Guid RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
    public Guid? TransactionId { get; set; }
}

/// <summary>A withdrawal's outcome: posted at once, or waiting for a supervisor (above the product's threshold).</summary>
public sealed record WithdrawalOutcome(TransactionDto? Transaction, WithdrawalRequestDto? PendingApproval);

public sealed record TransferDto(Guid JournalEntryId, TransactionDto Debit, TransactionDto Credit);

public sealed record StatementDto(
    Guid AccountId, string AccountNumber, string ClientName, string Currency, DateOnly? From, DateOnly? To,
    decimal OpeningBalance, decimal ClosingBalance, IReadOnlyList<TransactionDto> Items, int Page, int PageSize, int TotalCount);
