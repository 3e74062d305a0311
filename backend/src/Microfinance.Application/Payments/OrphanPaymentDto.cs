using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

public sealed class OrphanPaymentDto
{
    public Guid Id { get; set; }
    public string Provider { get; set; } = "";
    public string ProviderTransactionId { get; set; } = "";
    public string? Reference { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public string? PayerPhone { get; set; }
    public OrphanReason Reason { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public OrphanPaymentStatus Status { get; set; }
    public PaymentResolution? Resolution { get; set; }
    public string? ResolutionReason { get; set; }
    public Guid? PostedOperationId { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
