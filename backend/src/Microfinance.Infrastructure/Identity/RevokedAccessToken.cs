namespace Microfinance.Infrastructure.Identity;

/// <summary>An access token refused before its expiry (logout). Rows are useless after <see cref="ExpiresAt"/> and are pruned.</summary>
public sealed class RevokedAccessToken : INotAudited
{
    public string Jti { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
