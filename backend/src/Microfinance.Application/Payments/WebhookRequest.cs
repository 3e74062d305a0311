namespace Microfinance.Application.Payments;

/// <summary>A provider's delivery as it arrived: the headers a gateway reads, and the raw body its signature covers.</summary>
public sealed record WebhookRequest(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
