

namespace Microfinance.Application.Common.Interfaces;

/// <summary>Who is calling, read from the validated access token and the HTTP request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    string? Username { get; }
    /// <summary>The name the user had when signing in (the token's): what an answer shows as its author without a lookup.</summary>
    string? DisplayName { get; }
    string? Role { get; }
    /// <summary>An integrator's API client rather than a staff member: <see cref="UserId"/> is then the client's id.</summary>
    bool IsApiClient { get; }
    Guid? InstitutionId { get; }
    Guid? BranchId { get; }
    /// <summary>The access token's <c>jti</c>, used to deny-list it at logout.</summary>
    string? AccessTokenId { get; }
    DateTimeOffset? AccessTokenExpiresAt { get; }
    string? IpAddress { get; }
    string? CorrelationId { get; }
}
