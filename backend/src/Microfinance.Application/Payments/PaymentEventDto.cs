using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

public sealed class PaymentEventDto
{
    public PaymentEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Detail { get; set; }
}
