namespace Microfinance.Application.IdentityAccess;

/// <summary>Configuration section <c>ApiClients</c>: the client-credentials tokens and the default rate limit.</summary>
public sealed class ApiClientsOptions
{
    public const string Section = "ApiClients";

    /// <summary>The highest rate limit a client may have: a ceiling that keeps a typo (an extra zero) from switching the limit off.</summary>
    public const int MaxRateLimitPerMinute = 6000;

    /// <summary>Lifetime of a client's access token; there is no refresh token, the client asks again.</summary>
    public int TokenMinutes { get; set; } = 15;

    /// <summary>Requests per minute of a client registered without its own limit.</summary>
    public int DefaultRateLimitPerMinute { get; set; } = 120;
}
