using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Clients;
using Microfinance.Application.Clients.Commands.CloseClient;
using Microfinance.Application.Clients.Commands.CreateClient;
using Microfinance.Application.Clients.Commands.DeleteClient;
using Microfinance.Application.Clients.Commands.ReactivateClient;
using Microfinance.Application.Clients.Commands.SuspendClient;
using Microfinance.Application.Clients.Commands.UpdateClient;
using Microfinance.Application.Clients.Commands.UpdateClientMessaging;
using Microfinance.Application.Clients.Queries.GetClient;
using Microfinance.Application.Clients.Queries.GetClientSheet;
using Microfinance.Application.Clients.Queries.ListClients;
using Microfinance.Application.Common.Models;
using Microfinance.Domain.IdentityAccess;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Microfinance.Api.Endpoints;

public static class ClientsEndpoints
{
    public static void MapClientsEndpoints(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");

        clients.MapGet("/", async ([AsParameters] ListClientsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<ClientSummaryDto>>(await mediator.Send(query, ct)))
            .WithSummary("Search clients by name, phone, client number or ID document number; filter, sort, paginate")
            .ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.ClientsRead);

        clients.MapGet("/{id:guid}", async Task<Results<Ok<ClientDto>, FileStreamHttpResult>> (
                Guid id, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.WantsPdf(format, http)
                    ? ReportingEndpoints.Document(await mediator.Send(new GetClientSheetQuery(id), ct))
                    : TypedResults.Ok(await mediator.Send(new GetClientQuery(id), ct)))
            .WithSummary("A client's sheet: JSON, or the printable sheet as PDF (`format=pdf` or `Accept: application/pdf`) with accounts and loans")
            .Produces<ClientDto>(200, "application/json", ReportingEndpoints.PdfType)
            .ProducesValidationProblem().ProducesErrors(404)
            .RequireScope(ApiScopes.ClientsRead);

        clients.MapPost("/", async (CreateClientCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/clients/{created.Id}", created);
            })
            .WithSummary("Register a client (PendingKyc until an ID document is on file)")
            .ProducesValidationProblem().ProducesErrors(409)
            .RequireScope(ApiScopes.ClientsWrite);

        clients.MapPut("/{id:guid}", async (Guid id, UpdateClientCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Edit a client").ProducesValidationProblem().ProducesErrors(404, 409, 422)
            .RequireScope(ApiScopes.ClientsWrite);

        clients.MapPut("/{id:guid}/messaging", async (Guid id, UpdateClientMessagingCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Set the client's SMS language (fr or en) and whether they refuse SMS reminders")
            .ProducesValidationProblem().ProducesErrors(404)
            .RequireScope(ApiScopes.ClientsWrite);

        clients.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteClientCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete a client registered by mistake (only without accounts; otherwise 409 — close it)")
            .ProducesErrors(404, 409);

        clients.MapPost("/{id:guid}/suspend", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SuspendClientCommand(id), ct)))
            .WithSummary("Suspend an active client").ProducesErrors(404, 422);

        clients.MapPost("/{id:guid}/reactivate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReactivateClientCommand(id), ct)))
            .WithSummary("Reactivate a suspended client").ProducesErrors(404, 422);

        clients.MapPost("/{id:guid}/close", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseClientCommand(id), ct)))
            .WithSummary("Close a client whose accounts are all closed").ProducesErrors(404, 409, 422);
    }
}
