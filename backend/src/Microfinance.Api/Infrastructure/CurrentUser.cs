using System.Security.Claims;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Identity;

namespace Microfinance.Api.Infrastructure;

/// <summary>The caller from the validated access token, or the user trusted code acts as (<see cref="ActAs"/>).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser, IUserImpersonation
{
    private ClaimsPrincipal? _actingAs;

    private ClaimsPrincipal? Principal => _actingAs ?? accessor.HttpContext?.User;

    public void ActAs(UserIdentity user) =>
        _actingAs = new ClaimsPrincipal(new ClaimsIdentity(TokenClaims.For(user), "impersonation", TokenClaims.Username, TokenClaims.Role));

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public Guid? UserId => GuidClaim(TokenClaims.Subject);
    public string? Username => Claim(TokenClaims.Username);
    public string? DisplayName => Claim(TokenClaims.DisplayName);
    public string? Role => Claim(TokenClaims.Role);
    public bool IsApiClient => Claim(ClientTokenClaims.ClientId) is not null;
    public Guid? InstitutionId => GuidClaim(TokenClaims.Institution);
    public Guid? BranchId => GuidClaim(TokenClaims.Branch);
    public string? AccessTokenId => Claim(TokenClaims.TokenId);

    public DateTimeOffset? AccessTokenExpiresAt =>
        long.TryParse(Claim(TokenClaims.Expires), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;
    private Guid? GuidClaim(string type) => Guid.TryParse(Claim(type), out var id) ? id : null;
}
