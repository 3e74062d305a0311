using MediatR;
using Microfinance.Application.Common.Models;
using Microfinance.Application.IdentityAccess.Commands.CreateBranch;
using Microfinance.Application.IdentityAccess.Commands.DeactivateBranch;
using Microfinance.Application.IdentityAccess.Commands.UpdateBranch;
using Microfinance.Application.IdentityAccess.Queries.GetBranch;
using Microfinance.Application.IdentityAccess.Queries.ListBranches;
using Microfinance.Application.IdentityAccess;

namespace Microfinance.Api.Endpoints;

public static class BranchEndpoints
{
    public static void MapBranchEndpoints(this RouteGroupBuilder api)
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
}
