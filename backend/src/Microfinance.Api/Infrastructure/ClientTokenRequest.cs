using System.Text.Json.Serialization;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// The token request of RFC 6749 §4.4.2, its field names as the RFC spells them, sent as a form or as JSON. The client's
/// credentials may come in the body or in an HTTP Basic header (§2.3.1), not both.
/// </summary>
public sealed record ClientTokenRequest(
    [property: JsonPropertyName("grant_type")] string? GrantType,
    [property: JsonPropertyName("client_id")] string? ClientId = null,
    [property: JsonPropertyName("client_secret")] string? ClientSecret = null,
    [property: JsonPropertyName("scope")] string? Scope = null);
