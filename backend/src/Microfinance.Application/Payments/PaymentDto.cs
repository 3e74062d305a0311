using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

public sealed class PaymentDto
{
    public Guid Id { get; set; }
    public PaymentPurpose Purpose { get; set; }
    public Guid TargetId { get; set; }
    /// <summary>The account or loan number the payment is for.</summary>
    public string TargetNumber { get; set; } = "";
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public string PayerPhone { get; set; } = "";
    public string Provider { get; set; } = "";
    public string? ProviderReference { get; set; }
    public string? PayerInstructions { get; set; }
    public string? CheckoutUrl { get; set; }
    public PaymentStatus Status { get; set; }
    public string? ProviderTransactionId { get; set; }
    public decimal? ReceivedAmount { get; set; }
    public string? ReceivedCurrency { get; set; }
    public string? FlagReason { get; set; }
    public Guid? PostedOperationId { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SettledAt { get; set; }
    public string? ResolutionReason { get; set; }
    /// <summary>Oldest first; empty in lists.</summary>
    public List<PaymentEventDto> Events { get; set; } = [];
}
