using System.Security.Cryptography;
using System.Text;

namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// Client secrets are 256 random bits; only their SHA-256 is stored. A fast unsalted hash is enough here, unlike for
/// passwords: nobody can enumerate 2^256 candidates, so neither a salt nor a slow hash would add anything, and the token
/// endpoint stays cheap.
/// </summary>
public static class ApiClientSecrets
{
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time, so the answer's timing tells nothing about the stored hash.</summary>
    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
