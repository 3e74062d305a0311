using System.Security.Claims;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Microfinance.Infrastructure.Identity;

/// <summary>
/// The challenge and enrolment tokens of a sign-in that needs a second factor: JWTs signed like the access tokens but for
/// another audience (<c>Jwt:Audience</c> + "-2fa"), so the API's bearer authentication refuses them, and naming their
/// purpose, so one cannot stand for the other. They last <see cref="TwoFactorOptions.ChallengeMinutes"/>.
/// </summary>
public sealed class TwoFactorTokens(IOptions<JwtOptions> jwtOptions, IOptions<TwoFactorOptions> options, TimeProvider clock) : ITwoFactorTokens
{
    private const string PurposeClaim = "purpose";

    private readonly JwtOptions _jwt = jwtOptions.Value;

    private string Audience => _jwt.Audience + "-2fa";

    public string Issue(UserIdentity user, TwoFactorTokenPurpose purpose)
    {
        var now = clock.GetUtcNow();
        return JwtSigner.Sign(_jwt, Audience, [
            new Claim(TokenClaims.Subject, user.Id.ToString()),
            new Claim(PurposeClaim, purpose.ToString()),
            new Claim(TokenClaims.TokenId, Guid.NewGuid().ToString("N")),
        ], now, TimeSpan.FromMinutes(options.Value.ChallengeMinutes));
    }

    public async Task<Guid?> ReadAsync(string token, TwoFactorTokenPurpose purpose)
    {
        var result = await JwtSigner.Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = _jwt.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = new SymmetricSecurityKey(_jwt.SigningKeyBytes),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= clock.GetUtcNow().UtcDateTime && clock.GetUtcNow().UtcDateTime < expires,
        });
        return result.IsValid
               && result.Claims.TryGetValue(PurposeClaim, out var claimed) && claimed as string == purpose.ToString()
               && result.Claims.TryGetValue(TokenClaims.Subject, out var subject) && Guid.TryParse(subject as string, out var userId)
            ? userId
            : null;
    }
}
