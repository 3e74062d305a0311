using System.Text;

namespace Microfinance.Infrastructure.Identity;

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>The key shipped in appsettings.Development.json. The app refuses to start with it in Production.</summary>
    public const string DevelopmentSigningKey = "DEVELOPMENT-ONLY-signing-key-for-Microfinance-never-use-in-production";

    public string Issuer { get; set; } = "microfinance";
    public string Audience { get; set; } = "microfinance";
    public string SigningKey { get; set; } = "";
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>How often each instance reloads the deny-list of logged-out access tokens (docs/adr/0013).</summary>
    public int DenyListRefreshSeconds { get; set; } = 2;

    public byte[] SigningKeyBytes => Encoding.UTF8.GetBytes(SigningKey);

    /// <summary>Refuses a missing, short or development key where it matters (HS256 wants at least 256 bits).</summary>
    public void EnsureUsable(bool isProduction)
    {
        if (SigningKeyBytes.Length < 32)
            throw new InvalidOperationException("Jwt:SigningKey must be set to at least 32 bytes (environment variable Jwt__SigningKey).");
        if (DenyListRefreshSeconds is < 1 or > 60)
            throw new InvalidOperationException("Jwt:DenyListRefreshSeconds must be between 1 and 60.");
        if (isProduction && SigningKey.Contains("DEVELOPMENT", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("Refusing to start in Production with the development JWT signing key: set Jwt__SigningKey.");
    }
}
