using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Microfinance.Infrastructure.Identity;

public static class JwtAuthentication
{
    /// <summary>
    /// HS256 bearer tokens: issuer, audience, lifetime and signature validated; a token whose <c>jti</c> was deny-listed
    /// at logout is refused (docs/adr/0013).
    /// </summary>
    public static IServiceCollection AddJwtAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        jwt.EnsureUsable(environment.IsProduction());

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Our claim names as written ("sub", "role"), not rewritten into the long SOAP-era URIs.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = jwt.Issuer,
                ValidateAudience = true,
                ValidAudience = jwt.Audience,
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = new SymmetricSecurityKey(jwt.SigningKeyBytes),
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = TokenClaims.Username,
                RoleClaimType = TokenClaims.Role,
            };
            options.Events = new JwtBearerEvents
            {
                // A browser's WebSocket cannot carry an Authorization header: the live notifications hub takes the
                // same access token from the query string (and only there, so tokens stay out of other URLs' logs).
                OnMessageReceived = context =>
                {
                    if (context.HttpContext.Request.Path.StartsWithSegments(HubPaths.Prefix) && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                        context.Token = token;
                    return Task.CompletedTask;
                },
                OnTokenValidated = async context =>
                {
                    var tokenId = context.Principal?.FindFirst(TokenClaims.TokenId)?.Value;
                    var services = context.HttpContext.RequestServices;
                    if (tokenId is null || await services.GetRequiredService<AccessTokenDenyList>().IsDeniedAsync(tokenId, services, context.HttpContext.RequestAborted))
                        context.Fail("The access token was revoked.");
                    else if (context.Principal!.FindFirst(ClientTokenClaims.ClientId)?.Value is { } client && Guid.TryParse(client, out var clientId)
                             && await services.GetRequiredService<AccessTokenDenyList>().IsDeniedAsync(ClientTokenClaims.DenyListKey(clientId), services, context.HttpContext.RequestAborted))
                        context.Fail("The API client was revoked.");
                },
            };
        });
        services.AddSingleton<AccessTokenDenyList>();
        services.AddHostedService<AccessTokenDenyListRefresher>();
        services.AddAuthorization();
        return services;
    }
}
