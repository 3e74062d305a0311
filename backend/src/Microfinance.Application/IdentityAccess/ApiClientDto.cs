namespace Microfinance.Application.IdentityAccess;

/// <summary>An API client as its administrators see it: never its secret.</summary>
public sealed class ApiClientDto
{
    /// <summary>The OAuth <c>client_id</c>.</summary>
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
    public int RateLimitPerMinute { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset SecretRotatedAt { get; set; }
    /// <summary>When it last obtained an access token.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
    /// <summary>Set once revoked: no token any more, and those it held are refused.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
