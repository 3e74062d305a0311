using Microfinance.Domain.Payments;

namespace Microfinance.Application.Payments;

/// <summary>
/// What a provider vouches for about one of its transactions — from a verified webhook or from its status API.
/// <see cref="Reference"/> is what the provider echoes back of ours: the intent's id.
/// </summary>
public sealed record ProviderConfirmation(
    ProviderOutcome Outcome, string ProviderTransactionId, string? Reference, decimal Amount, string Currency, string? PayerPhone, DateTimeOffset OccurredAt);
