using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Models;
using Microfinance.Application.IdentityAccess;
using Microfinance.Application.IdentityAccess.Commands.AssignUser;
using Microfinance.Application.IdentityAccess.Commands.CreateBranch;
using Microfinance.Application.IdentityAccess.Commands.CreateInstitution;
using Microfinance.Application.IdentityAccess.Commands.CreateUser;
using Microfinance.Application.IdentityAccess.Commands.DeactivateBranch;
using Microfinance.Application.IdentityAccess.Commands.DeactivateUser;
using Microfinance.Application.IdentityAccess.Commands.Login;
using Microfinance.Application.IdentityAccess.Commands.Logout;
using Microfinance.Application.IdentityAccess.Commands.ReactivateInstitution;
using Microfinance.Application.IdentityAccess.Commands.ReactivateUser;
using Microfinance.Application.IdentityAccess.Commands.RefreshToken;
using Microfinance.Application.IdentityAccess.Commands.ResetUserPassword;
using Microfinance.Application.IdentityAccess.Commands.SuspendInstitution;
using Microfinance.Application.IdentityAccess.Commands.TriggerJob;
using Microfinance.Application.IdentityAccess.Commands.UpdateBranch;
using Microfinance.Application.IdentityAccess.Commands.UpdateUser;
using Microfinance.Application.IdentityAccess.Queries.GetBranch;
using Microfinance.Application.IdentityAccess.Queries.GetCurrentUser;
using Microfinance.Application.IdentityAccess.Queries.GetUser;
using Microfinance.Application.IdentityAccess.Queries.ListBranches;
using Microfinance.Application.IdentityAccess.Queries.ListInstitutions;
using Microfinance.Application.IdentityAccess.Queries.ListJobRuns;
using Microfinance.Application.IdentityAccess.Queries.ListJobs;
using Microfinance.Application.IdentityAccess.Queries.ListUsers;
using Microfinance.Application.IdentityAccess.Commands.RegisterApiClient;
using Microfinance.Application.IdentityAccess.Commands.RevokeApiClient;
using Microfinance.Application.IdentityAccess.Commands.RotateApiClientSecret;
using Microfinance.Application.IdentityAccess.Queries.GetApiClient;
using Microfinance.Application.IdentityAccess.Queries.ListApiClients;
using Microfinance.Application.IdentityAccess.Commands.ConfirmTwoFactorEnrolment;
using Microfinance.Application.IdentityAccess.Commands.LoginTwoFactor;
using Microfinance.Application.IdentityAccess.Commands.ResetUserTwoFactor;
using Microfinance.Application.IdentityAccess.Commands.StartTwoFactorEnrolment;
using Microfinance.Application.IdentityAccess.Commands.UpdateTwoFactorSettings;
using Microfinance.Application.IdentityAccess.Queries.GetTwoFactorSettings;

namespace Microfinance.Api.Endpoints;

/// <summary>IdentityAccess: sign-in and tokens, institutions, branches, users.</summary>
public static class IdentityAccessEndpoints
{
    public static void MapIdentityAccessEndpoints(this RouteGroupBuilder api)
    {
        MapAuth(api);
        MapInstitution(api);
        MapBranch(api);
        MapUser(api);
        MapApiClients(api);
        MapJobs(api);
        MapTwoFactor(api);
    }

    private static void MapAuth(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login", async (LoginCommand command, IMediator mediator, LoginRateLimiter limiter, HttpContext http, CancellationToken ct) =>
            {
                limiter.Acquire(http.Connection.RemoteIpAddress?.ToString(), command.Username);
                var result = await mediator.Send(command, ct);
                return TypedResults.Ok(result.Pending ?? LoginResponse.From(Tokens(result)));
            })
            .AllowAnonymous()
            .WithSummary("Sign in with a username and password")
            .WithDescription("Wrong credentials and a deactivated account answer the same 401. Five failures lock the username for 15 minutes: 429 `sign_in_locked` with Retry-After, for existing and unknown usernames alike. " +
                             "A user enrolled in two-factor sign-in gets no tokens but `twoFactorRequired` and a `challengeToken` for `/auth/login/2fa`; one whose role requires it and who has not enrolled gets `enrolmentRequired` and an `enrolmentToken` that only the enrolment endpoints accept.")
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

    private static TokenResponse Tokens(AuthenticationResult result) => result switch
    {
        { Tokens: { } tokens } => tokens,
        { LockedFor: { } wait } => throw new TooManyRequestsException(wait, "sign_in_locked",
            "Too many failed sign-ins with this username. Try again in {0} minute(s).", (int)Math.Ceiling(wait.TotalMinutes)),
        _ => throw new UnauthorizedException("Invalid username or password."),
    };

    private static void MapTwoFactor(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/login/2fa", async (LoginTwoFactorCommand command, IMediator mediator, LoginRateLimiter limiter, HttpContext http, CancellationToken ct) =>
            {
                // The per-IP window of the password step; the challenge stands for the username (each user also has a code lockout).
                limiter.Acquire(http.Connection.RemoteIpAddress?.ToString(), command.ChallengeToken);
                return TypedResults.Ok(await mediator.Send(command, ct) switch
                {
                    { Tokens: { } tokens } => tokens,
                    { LockedFor: { } wait } => throw new TooManyRequestsException(wait, "two_factor_locked",
                        "Too many wrong verification codes. Try again in {0} minute(s).", (int)Math.Ceiling(wait.TotalMinutes)),
                    _ => throw new UnauthorizedException("The verification code is not valid."),
                });
            })
            .AllowAnonymous()
            .WithSummary("Finish a sign-in with the code of the authenticator app, or a recovery code")
            .WithDescription("Takes the `challengeToken` of the password step (5 minutes) with either `code` (6 digits, one 30-second step of tolerance either way, each accepted once) or `recoveryCode` (each usable once). Five wrong codes lock the code step for 15 minutes: 429 `two_factor_locked` with Retry-After.")
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);

        auth.MapPost("/2fa/enrolment", async (StartTwoFactorEnrolmentCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .AllowAnonymous()
            .WithSummary("Start enrolling an authenticator app: the key, its otpauth:// URI and a QR code (PNG, base64)")
            .WithDescription("Signed in (from the profile), or with the `enrolmentToken` of a password step that requires enrolment. Starting again replaces a key not confirmed yet; 422 `two_factor_already_enabled` once one is confirmed.")
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(422);

        auth.MapPost("/2fa/enrolment/confirm", async (ConfirmTwoFactorEnrolmentCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .AllowAnonymous()
            .WithSummary("Confirm the enrolment with a first code: answers the ten recovery codes, shown this once")
            .WithDescription("With an `enrolmentToken`, the answer also carries the session's tokens. A wrong code is 422 `two_factor_code_invalid`.")
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(422);

        api.MapPost("/users/{id:guid}/2fa/reset", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetUserTwoFactorCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Users")
            .WithSummary("Forget a user's authenticator and recovery codes and end their sessions (SfdAdmin); audited")
            .ProducesErrors(404, 422);

        var settings = api.MapGroup("/two-factor/settings").WithTags("Users");

        settings.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTwoFactorSettingsQuery(), ct)))
            .WithSummary("The roles that must sign in with a code: always, and added by the institution (SfdAdmin)").ProducesErrors();

        settings.MapPut("/", async (UpdateTwoFactorSettingsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Choose the other roles of the institution that must sign in with a code (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors(422);
    }

    private static void MapInstitution(RouteGroupBuilder api)
    {
        var institutions = api.MapGroup("/institutions").WithTags("Institutions");

        institutions.MapGet("/", async ([AsParameters] ListInstitutionsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<InstitutionDto>>(await mediator.Send(query, ct)))
            .WithSummary("List institutions (PlatformAdmin)").ProducesValidationProblem().ProducesErrors();

        institutions.MapPost("/", async (CreateInstitutionCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/institutions/{created.Id}", created);
            })
            .WithSummary("Create an institution with its first SfdAdmin (PlatformAdmin)")
            .ProducesValidationProblem().ProducesErrors(409);

        institutions.MapPost("/{id:guid}/suspend", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuspendInstitutionCommand(id), ct)))
            .WithSummary("Suspend an institution: its users can no longer sign in").ProducesErrors(404, 422);

        institutions.MapPost("/{id:guid}/reactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReactivateInstitutionCommand(id), ct)))
            .WithSummary("Reactivate a suspended institution").ProducesErrors(404, 422);
    }

    private static void MapBranch(RouteGroupBuilder api)
    {
        var branches = api.MapGroup("/branches").WithTags("Branches");

        branches.MapGet("/", async ([AsParameters] ListBranchesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<BranchDto>>(await mediator.Send(query, ct)))
            .WithSummary("List the institution's branches").ProducesValidationProblem().ProducesErrors();

        branches.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBranchQuery(id), ct)))
            .WithSummary("Get a branch").ProducesErrors(404);

        branches.MapPost("/", async (CreateBranchCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/branches/{created.Id}", created);
            })
            .WithSummary("Create a branch (SfdAdmin)").ProducesValidationProblem().ProducesErrors(409);

        branches.MapPut("/{id:guid}", async (Guid id, UpdateBranchCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Rename a branch or change its address (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404);

        branches.MapPost("/{id:guid}/deactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeactivateBranchCommand(id), ct)))
            .WithSummary("Deactivate a branch (SfdAdmin)").ProducesErrors(404, 422);
    }

    private static void MapUser(RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");

        users.MapGet("/", async ([AsParameters] ListUsersQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<UserDto>>(await mediator.Send(query, ct)))
            .WithSummary("List the institution's users").ProducesValidationProblem().ProducesErrors();

        users.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUserQuery(id), ct)))
            .WithSummary("Get a user").ProducesErrors(404);

        users.MapPost("/", async (CreateUserCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/users/{created.Id}", created);
            })
            .WithSummary("Create a user in the institution (SfdAdmin)").ProducesValidationProblem().ProducesErrors(409);

        users.MapPut("/{id:guid}", async (Guid id, UpdateUserCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Update a user's display name, e-mail and phone (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404);

        users.MapPut("/{id:guid}/assignment", async (Guid id, AssignUserCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Set a user's role and branch (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404, 422);

        users.MapPost("/{id:guid}/deactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeactivateUserCommand(id), ct)))
            .WithSummary("Deactivate a user and end their sessions (SfdAdmin)").ProducesErrors(404, 422);

        users.MapPost("/{id:guid}/reactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReactivateUserCommand(id), ct)))
            .WithSummary("Reactivate a user (SfdAdmin)").ProducesErrors(404);

        users.MapPost("/{id:guid}/reset-password", async (Guid id, ResetUserPasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { Id = id }, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Set a new password, lift any lockout and end the user's sessions (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors(404);
    }

    /// <summary>API clients for integrators: the OAuth 2.0 token endpoint and their administration (docs/security.md).</summary>
    private static void MapApiClients(RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", ClientCredentialsGrant.HandleAsync)
            .AllowAnonymous()
            .WithTags("Auth")
            .Accepts<ClientTokenRequest>("application/x-www-form-urlencoded", "application/json")
            .WithSummary("Get an API client's access token (OAuth 2.0 client credentials)")
            .WithDescription("RFC 6749 §4.4: `grant_type=client_credentials` with `client_id` and `client_secret` in the body (form or JSON) or in an " +
                             "HTTP Basic header, and optionally `scope` (space-separated, a subset of the client's; all of them by default). " +
                             "No refresh token: ask again when it expires. Errors carry the RFC 6749 `error`: `invalid_client` (401), " +
                             "`invalid_request`, `unsupported_grant_type`, `invalid_scope` (400).")
            .ProducesProblem(400).ProducesProblem(401);

        var clients = api.MapGroup("/api-clients").WithTags("API clients");

        clients.MapGet("/", async ([AsParameters] ListApiClientsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<ApiClientDto>>(await mediator.Send(query, ct)))
            .WithSummary("The institution's API clients (SfdAdmin, Auditor)").ProducesValidationProblem().ProducesErrors();

        clients.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetApiClientQuery(id), ct)))
            .WithSummary("An API client, with when it last got a token (SfdAdmin, Auditor)").ProducesErrors(404);

        clients.MapPost("/", async (RegisterApiClientCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/api-clients/{created.Client.Id}", created);
            })
            .WithSummary("Register an API client (SfdAdmin): its secret is in this answer only")
            .ProducesValidationProblem().ProducesErrors(409, 422);

        clients.MapPost("/{id:guid}/rotate-secret", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RotateApiClientSecretCommand(id), ct)))
            .WithSummary("Replace an API client's secret (SfdAdmin): the old one is refused at once; the new one is in this answer only")
            .ProducesErrors(404, 422);

        clients.MapPost("/{id:guid}/revoke", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RevokeApiClientCommand(id), ct)))
            .WithSummary("Revoke an API client (SfdAdmin): no more tokens, and those it holds are refused")
            .ProducesErrors(404, 422);
    }

    /// <summary>The scheduled jobs, global to the platform (docs/operations.md "Scheduled jobs").</summary>
    private static void MapJobs(RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");

        jobs.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListJobsQuery(), ct)))
            .WithSummary("The scheduled jobs: schedule, next run, last run (PlatformAdmin, SfdAdmin)").ProducesErrors();

        jobs.MapGet("/{name}/runs", async (string name, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListJobRunsQuery(name, limit ?? 20), ct)))
            .WithSummary("A job's latest runs, newest first (PlatformAdmin, SfdAdmin)").ProducesValidationProblem().ProducesErrors(404);

        jobs.MapPost("/{name}/trigger", async (string name, IMediator mediator, CancellationToken ct) =>
            {
                var triggered = await mediator.Send(new TriggerJobCommand(name), ct);
                return TypedResults.Accepted($"/api/v1/jobs/{name}/runs", triggered);
            })
            .WithSummary("Run a job now, once in the cluster: 202 with the run's id, found in its runs once it has ended (PlatformAdmin, SfdAdmin)")
            .ProducesErrors(404);
    }
}
