using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

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
    public Guid? CategoryId { get; set; }
    /// <summary>The category's name today: a renamed category shows its new name on its whole history.</summary>
    public string? CategoryName { get; set; }
}
