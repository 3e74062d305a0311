namespace Microfinance.Infrastructure.Payments;

/// <summary>The sandbox's webhook body, documented for integrators in docs/payments.md.</summary>
public sealed record SandboxWebhookBody(
    string Event, string ProviderTransactionId, string? Reference, decimal Amount, string Currency, string? PayerPhone, DateTimeOffset OccurredAt);
