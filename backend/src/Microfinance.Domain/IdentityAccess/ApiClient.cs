using Microfinance.Domain.Common;

namespace Microfinance.Domain.IdentityAccess;

/// <summary>
/// A third-party integrator's access to one institution (OAuth 2.0 client credentials): a name, the scopes it may ask
/// for and its own rate limit. Only a hash of its secret is kept; the secret itself is shown once, at registration or
/// rotation. A revoked client never gets a token again and the tokens it holds are refused.
/// </summary>
public sealed class ApiClient : Entity, ITenantOwned
{
    private ApiClient() { }

    public ApiClient(Guid institutionId, string name, IReadOnlyCollection<string> scopes, int rateLimitPerMinute, string secretHash, DateTimeOffset createdAt)
    {
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.IsKnown(s)))
            throw new DomainException("api_client_scopes", "An API client needs at least one scope of the catalogue.");
        if (rateLimitPerMinute < 1)
            throw new DomainException("api_client_rate_limit", "The rate limit is at least one request per minute.");
        InstitutionId = institutionId;
        Name = name.Trim();
        Scopes = ApiScopes.All.Where(scopes.Contains).ToList();
        RateLimitPerMinute = rateLimitPerMinute;
        SecretHash = secretHash;
        CreatedAt = createdAt;
        SecretRotatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The scopes it may ask for, in catalogue order.</summary>
    public List<string> Scopes { get; private set; } = [];
    public int RateLimitPerMinute { get; private set; }
    /// <summary>SHA-256 of the secret (hex).</summary>
    public string SecretHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset SecretRotatedAt { get; private set; }
    /// <summary>When it last obtained an access token.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Replaces the secret: the old one is refused from now on.</summary>
    public void RotateSecret(string secretHash, DateTimeOffset now)
    {
        EnsureNotRevoked();
        SecretHash = secretHash;
        SecretRotatedAt = now;
    }

    public void Revoke(DateTimeOffset now)
    {
        EnsureNotRevoked();
        RevokedAt = now;
    }

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    private void EnsureNotRevoked()
    {
        if (IsRevoked)
            throw new DomainException("api_client_revoked", "The API client {0} is revoked.", Name);
    }
}
