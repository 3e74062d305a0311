namespace Microfinance.Infrastructure.Notifications;

/// <summary>Configuration section <c>Sms</c>: with a <see cref="GatewayUrl"/>, SMS leave through this HTTP gateway.</summary>
public sealed class SmsGatewayOptions
{
    public const string Section = "Sms";

    /// <summary>Receives a POST of <c>{"to": "+229…", "text": "…"}</c> per SMS; any answer but a 2xx is a failure.</summary>
    public string GatewayUrl { get; set; } = "";

    public string ApiKey { get; set; } = "";

    /// <summary>The header that carries <see cref="ApiKey"/>.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    public int TimeoutSeconds { get; set; } = 15;
}
