using MediatR;
using Microfinance.Application.Common.Models;
using Microfinance.Application.IdentityAccess.Commands.CreateInstitution;
using Microfinance.Application.IdentityAccess.Commands.ReactivateInstitution;
using Microfinance.Application.IdentityAccess.Commands.SuspendInstitution;
using Microfinance.Application.IdentityAccess.Queries.ListInstitutions;
using Microfinance.Application.IdentityAccess;

namespace Microfinance.Api.Endpoints;

public static class InstitutionEndpoints
{
    public static void MapInstitutionEndpoints(this RouteGroupBuilder api)
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
}
