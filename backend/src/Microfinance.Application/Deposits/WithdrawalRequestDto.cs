using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

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
