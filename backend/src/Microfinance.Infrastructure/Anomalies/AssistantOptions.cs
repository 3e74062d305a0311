namespace Microfinance.Infrastructure.Anomalies;

/// <summary>
/// Configuration section <c>Assistant</c> (docs/anomalies.md "The assistant"): with an <see cref="Endpoint"/>, the
/// assistant asks that OpenAI-compatible model (<c>POST {Endpoint}/chat/completions</c>) and falls back to its templates
/// on any failure; without one it writes from the templates only (the default: <c>make run</c> and the tests need no model).
/// </summary>
public sealed class AssistantOptions
{
    public const string Section = "Assistant";

    /// <summary>The API's base URL, e.g. <c>https://api.example.org/v1</c>.</summary>
    public string Endpoint { get; set; } = "";

    public string Model { get; set; } = "";

    /// <summary>Sent as a bearer token; never logged.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>How long an answer may take before the template answers instead.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    public bool IsConfigured => Endpoint.Length > 0;

    /// <summary>
    /// Refuses a half-written configuration at start-up, and in Production an endpoint in clear text (the figures and
    /// the key would cross the network readable) or a key that is a placeholder.
    /// </summary>
    public void EnsureUsable(bool isProduction)
    {
        if (!IsConfigured) return;
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException("Assistant__Endpoint must be an absolute http(s) URL.");
        if (Model.Length == 0) throw new InvalidOperationException("Set Assistant__Model, the model the endpoint answers with, with Assistant__Endpoint.");
        if (TimeoutSeconds is < 1 or > 300) throw new InvalidOperationException("Assistant__TimeoutSeconds must be 1 to 300.");
        if (!isProduction) return;
        if (uri.Scheme != "https" && !uri.IsLoopback)
            throw new InvalidOperationException("Refusing to send the assistant's figures in clear text in Production: Assistant__Endpoint must be https.");
        if (ApiKey.Contains("DEVELOPMENT", StringComparison.OrdinalIgnoreCase) || ApiKey.Contains("changeme", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("Refusing to start in Production with a placeholder assistant key: set Assistant__ApiKey.");
    }
}
