namespace Microfinance.Api.Infrastructure;

public sealed class WebhookRateLimitOptions
{
    public const string Section = "RateLimiting:Webhooks";

    /// <summary>Deliveries accepted per provider account per second; a burst beyond it gets 429 and the provider retries.</summary>
    public int PermitsPerSecond { get; set; } = 1000;
}
