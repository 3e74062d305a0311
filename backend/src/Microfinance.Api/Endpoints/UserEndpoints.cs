using MediatR;
using Microfinance.Application.Common.Models;
using Microfinance.Application.IdentityAccess.Commands.AssignUser;
using Microfinance.Application.IdentityAccess.Commands.CreateUser;
using Microfinance.Application.IdentityAccess.Commands.DeactivateUser;
using Microfinance.Application.IdentityAccess.Commands.ReactivateUser;
using Microfinance.Application.IdentityAccess.Commands.ResetUserPassword;
using Microfinance.Application.IdentityAccess.Commands.UpdateUser;
using Microfinance.Application.IdentityAccess.Queries.GetUser;
using Microfinance.Application.IdentityAccess.Queries.ListUsers;
using Microfinance.Application.IdentityAccess;

namespace Microfinance.Api.Endpoints;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
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
}
