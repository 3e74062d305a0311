namespace Microfinance.Application.Payments;

/// <summary>A gateway's verdict on a delivery: the confirmation it vouches for, or why it was refused (a stable code).</summary>
public sealed record WebhookCheck(ProviderConfirmation? Confirmation, string? RejectionCode)
{
    public static WebhookCheck Accepted(ProviderConfirmation confirmation) => new(confirmation, null);

    public static WebhookCheck Rejected(string code) => new(null, code);
}
