using Microsoft.Extensions.Configuration;

namespace Microfinance.Infrastructure.Payments;

/// <summary>A KKiaPay-shaped provider account's settings: <c>Payments:Providers:&lt;code&gt;:…</c> (docs/payments.md). Secrets never go through the API.</summary>
public sealed class KkiapayOptions
{
    /// <summary>What KKiaPay sends in <c>x-kkiapay-secret</c> with each webhook.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The status API's base address (<c>POST {BaseUrl}/api/v1/transactions/status</c>).</summary>
    public string BaseUrl { get; set; } = "https://api.kkiapay.me";

    public string PublicKey { get; set; } = "";
    public string PrivateKey { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>The payment page the payer opens (KKiaPay's widget).</summary>
    public string CheckoutUrl { get; set; } = "https://widget-v3.kkiapay.me";

    public static KkiapayOptions For(IConfiguration configuration, string providerCode) =>
        configuration.GetSection($"Payments:Providers:{providerCode}").Get<KkiapayOptions>() ?? new KkiapayOptions();
}
