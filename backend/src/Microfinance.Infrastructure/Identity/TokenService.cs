using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.IdentityAccess;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Microfinance.Infrastructure.Identity;

public sealed class TokenService(AppDbContext db, AccessTokenDenyList denyList, IOptions<JwtOptions> options, TimeProvider clock) : ITokenService
{
    private readonly JwtOptions _jwt = options.Value;

    public async Task<TokenResponse> IssueAsync(UserIdentity user, Guid? familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(_jwt.AccessTokenMinutes);
        var claims = TokenClaims.For(user);
        claims.Add(new Claim(TokenClaims.TokenId, Guid.NewGuid().ToString("N")));

        var accessToken = JwtSigner.Sign(_jwt, _jwt.Audience, claims, now, lifetime);

        var refreshToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            FamilyId = familyId ?? Guid.NewGuid(),
            TokenHash = Hash(refreshToken),
            CreatedAt = now,
            ExpiresAt = now.AddDays(_jwt.RefreshTokenDays),
        });
        await db.SaveChangesAsync(cancellationToken);

        return new TokenResponse(accessToken, refreshToken, (int)lifetime.TotalSeconds);
    }

    public async Task<RefreshTokenSpend> SpendRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = Hash(refreshToken);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
            return RefreshTokenSpend.Invalid;

        // Spend it with a conditional update so two concurrent presentations cannot both succeed.
        var spent = token.ConsumedAt is null && await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsumedAt, now), cancellationToken) == 1;
        if (!spent)
            await RevokeFamilyAsync(token.FamilyId, cancellationToken);
        return new RefreshTokenSpend(spent ? RefreshTokenOutcome.Spent : RefreshTokenOutcome.ReuseDetected, token.UserId, token.FamilyId);
    }

    public async Task RevokeFamilyAsync(string refreshToken, Guid userId, CancellationToken cancellationToken)
    {
        var hash = Hash(refreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash && t.UserId == userId)
            .Select(t => (Guid?)t.FamilyId).FirstOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
            await RevokeFamilyAsync(family, cancellationToken);
    }

    public Task RevokeAllForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken);

    public async Task DenyAccessTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.RevokedAccessTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        if (!await db.RevokedAccessTokens.AnyAsync(t => t.Jti == tokenId, cancellationToken))
        {
            db.RevokedAccessTokens.Add(new RevokedAccessToken { Jti = tokenId, ExpiresAt = expiresAt });
            await db.SaveChangesAsync(cancellationToken);
        }
        denyList.DenyHere(tokenId, expiresAt);
    }

    private Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
