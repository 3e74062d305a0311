namespace Microfinance.Infrastructure.Payments;

/// <summary>Configuration section <c>Payments:Sandbox</c>, the built-in provider (never in Production).</summary>
public sealed class SandboxOptions
{
    public const string Section = "Payments:Sandbox";

    /// <summary>Shipped in appsettings.Development.json only; refused in Production.</summary>
    public const string DevelopmentSecret = "DEVELOPMENT-ONLY-sandbox-webhook-secret";

    /// <summary>The HMAC secret of sandbox webhooks (every sandbox provider account unless <c>Payments:Providers:{code}:WebhookSecret</c> says otherwise).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where the sandbox posts its webhooks; empty: this server's own address.</summary>
    public string CallbackBaseUrl { get; set; } = "";

    /// <summary>How long the "payer" takes to accept on their phone.</summary>
    public int DelayMilliseconds { get; set; } = 1500;

    /// <summary>How often the dispatcher looks for due webhooks while it has some to send.</summary>
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>How often it looks otherwise (webhooks queued by another instance, or left by a restart).</summary>
    public int IdlePollSeconds { get; set; } = 30;

    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before retry n is this × 2^(n-1): 2, 4, 8, 16 s by default.</summary>
    public int RetryBaseMilliseconds { get; set; } = 2000;
}
