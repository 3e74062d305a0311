using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>The built-in sandbox's extra: send a pending payment's webhook now. Registered only outside Production.</summary>
public interface ISandboxProvider
{
    /// <summary>Queues the intent's webhook, due at once, in the caller's transaction: a success, unless its payer's number is the failing one.</summary>
    void DeliverNow(PaymentProvider provider, PaymentIntent intent);
}
