using System.Security.Claims;
using Microfinance.Application.Common.Interfaces;

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

    /// <summary>The claims that describe a user, in a token or for code acting as them.</summary>
    public static List<Claim> For(UserIdentity user)
    {
        var claims = new List<Claim>
        {
            new(Subject, user.Id.ToString()),
            new(Username, user.Username),
            new(DisplayName, user.DisplayName),
            new(Role, user.Role),
        };
        if (user.InstitutionId is { } institution) claims.Add(new Claim(Institution, institution.ToString()));
        if (user.BranchId is { } branch) claims.Add(new Claim(Branch, branch.ToString()));
        return claims;
    }
}
