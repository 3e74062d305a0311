using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

public sealed class PaymentProviderDto
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public PaymentProviderKind Kind { get; set; }
    public string Name { get; set; } = "";
    public Guid ClearingGlAccountId { get; set; }
    public bool IsActive { get; set; }
    public long RejectedDeliveries { get; set; }
    public DateTimeOffset? LastRejectedAt { get; set; }
    public string? LastRejectionReason { get; set; }
}
