using System.Text.Json.Serialization;

namespace Microfinance.Application.IdentityAccess;

/// <summary>The access token response of RFC 6749 §5.1, its member names as the RFC spells them.</summary>
public sealed record ClientTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("token_type")] string TokenType = "Bearer");
