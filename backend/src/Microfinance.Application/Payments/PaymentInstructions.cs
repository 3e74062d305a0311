namespace Microfinance.Application.Payments;

/// <summary>What the provider answered when the payment was started: its reference, and what the payer must do (in French).</summary>
public sealed record PaymentInstructions(string? ProviderReference, string PayerInstructions, string? CheckoutUrl);
