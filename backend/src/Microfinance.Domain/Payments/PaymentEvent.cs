using Microfinance.Domain.Common;

namespace Microfinance.Domain.Payments;

/// <summary>One line of a payment's history: what happened, when, and a short detail for the reader.</summary>
public sealed class PaymentEvent : Entity
{
    private PaymentEvent() { }

    internal PaymentEvent(Guid paymentIntentId, PaymentEventKind kind, DateTimeOffset at, string? detail, Guid? actorId)
    {
        PaymentIntentId = paymentIntentId;
        Kind = kind;
        At = at;
        Detail = detail;
        ActorId = actorId;
    }

    public Guid PaymentIntentId { get; private set; }
    public PaymentEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Detail { get; private set; }
    public Guid? ActorId { get; private set; }
}
