using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>One kind of provider (<see cref="PaymentProviderKind"/>): how a payment is started, a delivery verified, a transaction looked up.</summary>
public interface IPaymentGateway
{
    PaymentProviderKind Kind { get; }

    /// <summary>Asks the provider to collect the intent's amount from the payer; runs inside the command's transaction.</summary>
    Task<PaymentInstructions> StartAsync(PaymentProvider provider, PaymentIntent intent, CancellationToken cancellationToken);

    /// <summary>
    /// Checks that the delivery comes from the provider (signature, secret, timestamp window — in constant time) and
    /// reads it. A body that cannot be read once authenticated is a <see cref="Common.Exceptions.ValidationException"/>.
    /// </summary>
    Task<WebhookCheck> VerifyAsync(PaymentProvider provider, WebhookRequest request, CancellationToken cancellationToken);

    /// <summary>Asks the provider what became of the intent's payment (reconciliation); Pending when it does not know yet.</summary>
    Task<ProviderConfirmation> QueryAsync(PaymentProvider provider, PaymentIntent intent, CancellationToken cancellationToken);
}
