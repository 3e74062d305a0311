using System.Globalization;
using System.Security.Claims;
using MediatR;
using Microfinance.Application.Common.Localization;
using Microfinance.Application.IdentityAccess.Commands.AuditApiClientCall;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Microfinance.Api.Infrastructure;

/// <summary>
/// What an API client's token may reach, checked once for every endpoint after authentication: its rate limit first,
/// then the scope the endpoint declares (<see cref="RequiredScopeMetadata"/>); an endpoint that declares none is closed
/// to clients. On a granted call the client gets the role its scope acts as (<see cref="ApiScopes.ActingRole"/>), so the
/// role checks of the use cases apply to it as to a user of that role in its institution, with no branch. Every call that
/// passes the rate limit, granted or refused, leaves its record in the audit trail. Staff tokens pass untouched.
/// </summary>
public sealed class ApiClientScopeMiddleware(RequestDelegate next, ApiClientRateLimiter limiter, IProblemDetailsService problems,
    IServiceScopeFactory scopes)
{
    public const string InsufficientScope = "insufficient_scope";
    public const string ClosedToClients = "closed_to_api_clients";
    public const string RateLimited = "api_client_rate_limited";

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        // Not a client, no endpoint (a 404 to come), or an endpoint anyone may call (sign-in, token, health, webhooks).
        if (!ClientTokenClaims.IsClient(context.User) || endpoint is null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
        {
            await next(context);
            return;
        }

        var clientId = context.User.FindFirst(ClientTokenClaims.ClientId)!.Value;
        var perMinute = int.TryParse(context.User.FindFirst(ClientTokenClaims.RateLimitPerMinute)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            ? limit : 1;
        if (limiter.TryAcquire(clientId, perMinute) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await WriteAsync(context, 429, "Too many requests.", Localizer.Format("This API client is over its limit of {0} requests a minute. Try again in {1} second(s).", [perMinute, seconds]),
                RateLimited);
            return;
        }
        // Before the answer leaves, so no read is answered unrecorded (an audit that fails fails the call). A call refused
        // by the rate limit is not recorded: a flood would then write to the trail as fast as it is refused.
        context.Response.OnStarting(() => AuditAsync(context));

        var required = endpoint.Metadata.GetMetadata<RequiredScopeMetadata>()?.Scope;
        if (required is null)
        {
            await WriteAsync(context, 403, "Forbidden.", Localizer.Format("API clients may not call this endpoint.", []), ClosedToClients);
            return;
        }
        if (!ClientTokenClaims.ScopesOf(context.User).Contains(required, StringComparer.Ordinal))
        {
            // RFC 6750 §3.1 says it in the header too.
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"{InsufficientScope}\", scope=\"{required}\"";
            await WriteAsync(context, 403, "Forbidden.", Localizer.Format("This API client's token lacks the scope {0}.", [required]), InsufficientScope,
                ("requiredScope", required));
            return;
        }

        context.User.AddIdentity(new ClaimsIdentity([new Claim(TokenClaims.Role, ApiScopes.ActingRole(required))]));
        await next(context);
    }

    /// <summary>
    /// In a scope of its own: the request's unit of work may hold what a failed command left, and it has its answer's
    /// transaction behind it already. Not cancelled with the request: a client that hangs up was still answered.
    /// </summary>
    private async Task AuditAsync(HttpContext context)
    {
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "";
        var path = (context.Request.PathBase + context.Request.Path + context.Request.QueryString).ToString();
        if (path.Length > AuditApiClientCallCommand.MaxPathLength) path = path[..AuditApiClientCallCommand.MaxPathLength];
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new AuditApiClientCallCommand(context.Request.Method, route, path, context.Response.StatusCode), CancellationToken.None);
    }

    private Task WriteAsync(HttpContext context, int status, string title, string detail, string code, params (string Name, object Value)[] extensions)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = Localizer.Format(title, []), Detail = detail, Extensions = { ["code"] = code } };
        foreach (var (name, value) in extensions) problem.Extensions[name] = value;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
