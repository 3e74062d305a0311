namespace Microfinance.Application.IdentityAccess;

/// <summary>A token, or the RFC 6749 §5.2 error code of a refusal (returned, not thrown, so its audit record commits).</summary>
public sealed record ClientTokenResult(ClientTokenResponse? Token, string? Error = null)
{
    public const string InvalidClient = "invalid_client";
    public const string InvalidScope = "invalid_scope";
}
