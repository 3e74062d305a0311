using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.IdentityAccess.Commands.Login;
using Microfinance.Application.IdentityAccess.Commands.Logout;
using Microfinance.Application.IdentityAccess.Commands.RefreshToken;
using Microfinance.Application.IdentityAccess.Queries.GetCurrentUser;
using Microfinance.Application.IdentityAccess;

namespace Microfinance.Api.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login", async (LoginCommand command, IMediator mediator, LoginRateLimiter limiter, HttpContext http, CancellationToken ct) =>
            {
                limiter.Acquire(http.Connection.RemoteIpAddress?.ToString(), command.Username);
                return TypedResults.Ok(Tokens(await mediator.Send(command, ct)));
            })
            .AllowAnonymous()
            .WithSummary("Sign in with a username and password")
            .WithDescription("Wrong credentials, a locked or deactivated account all answer the same 401. Five failures lock the account for 15 minutes.")
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);

        auth.MapPost("/refresh", async (RefreshTokenCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(Tokens(await mediator.Send(command, ct))))
            .AllowAnonymous()
            .WithSummary("Exchange a refresh token for a new pair")
            .WithDescription("The presented token is spent. Presenting a spent token again revokes every token of its family.")
            .ProducesValidationProblem().ProducesProblem(401);

        auth.MapPost("/logout", async (LogoutCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Sign out: revokes the refresh family and the access token in use")
            .ProducesValidationProblem().ProducesProblem(401);

        auth.MapGet("/me", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<CurrentUserDto>(await mediator.Send(new GetCurrentUserQuery(), ct)))
            .WithSummary("Who am I").ProducesProblem(401);
    }

    private static TokenResponse Tokens(AuthenticationResult result) =>
        result.Tokens ?? throw new UnauthorizedException("Invalid username or password.");
}
