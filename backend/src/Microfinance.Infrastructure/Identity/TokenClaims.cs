namespace Microfinance.Infrastructure.Identity;

/// <summary>Claim names in our access tokens (short JWT names; inbound claim mapping is off).</summary>
public static class TokenClaims
{
    public const string Subject = "sub";
    public const string Username = "unique_name";
    public const string DisplayName = "name";
    public const string Role = "role";
    public const string Institution = "inst";
    public const string Branch = "branch";
    public const string TokenId = "jti";
    public const string Expires = "exp";
}
