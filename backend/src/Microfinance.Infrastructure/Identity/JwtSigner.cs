using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Microfinance.Infrastructure.Identity;

/// <summary>Every token the API issues (a user's, an API client's, a sign-in's second step) is an HS256 JWT signed here.</summary>
public static class JwtSigner
{
    /// <summary>The handler JwtBearer 8+ validates with; thread-safe, so one for the process.</summary>
    public static readonly JsonWebTokenHandler Handler = new();

    public static string Sign(JwtOptions jwt, string audience, IEnumerable<Claim> claims, DateTimeOffset now, TimeSpan lifetime) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.SigningKeyBytes), SecurityAlgorithms.HmacSha256),
        });
}
