using MediatR;
using Microfinance.Application.Sync;
using Microfinance.Application.Sync.Commands.ReportSyncDevice;
using Microfinance.Application.Sync.Commands.SyncOperations;
using Microfinance.Application.Sync.Commands.UpdateSyncSettings;
using Microfinance.Application.Sync.Queries.GetSyncSettings;
using Microfinance.Application.Sync.Queries.GetWorkingData;
using Microfinance.Application.Sync.Queries.ListSyncDevices;

namespace Microfinance.Api.Endpoints;

/// <summary>
/// Field collection offline (docs/offline.md): the phone's working data, the batch its queue sends when the network
/// returns, its queue's state for the supervisor, and the institution's tolerance. Staff only: closed to API clients.
/// </summary>
public static class SyncEndpoints
{
    public static void MapSyncEndpoints(this RouteGroupBuilder api)
    {
        var sync = api.MapGroup("/sync").WithTags("Sync");

        sync.MapPost("/operations", async (SyncOperationsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Sync a phone's queue: each operation in order, in its own transaction, idempotent on its key; one result each")
            .WithDescription("200 once the envelope is valid: each result is Synced (with the single endpoint's receipt; replayed when its key " +
                             "was already applied) or Refused (with the problem the single endpoint would have answered). The value date is " +
                             "the institution-local day of recordedAt, within the institution's offlineToleranceDays (recorded_too_long_ago) " +
                             "and not after the server's clock (recorded_in_the_future).")
            .ProducesValidationProblem().ProducesErrors();

        sync.MapGet("/working-data", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWorkingDataQuery(), ct)))
            .WithSummary("What the phone keeps for a day offline: the caller's clients, their active accounts, loans and tontine booklets, the products")
            .ProducesErrors();

        sync.MapPut("/devices/{deviceId}", async (string deviceId, ReportSyncDeviceCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { DeviceId = deviceId }, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Report how this phone's offline queue stands (pending, refused, the oldest pending)")
            // The phone's own row is made on its first report: nothing to be not found.
            .ProducesValidationProblem().ProducesErrors();

        sync.MapGet("/devices", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSyncDevicesQuery(), ct)))
            .WithSummary("The phones' offline queues, most pending first (a supervisor's branch; the whole institution for its admin)")
            .ProducesErrors();

        sync.MapGet("/settings", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSyncSettingsQuery(), ct)))
            .WithSummary("The institution's offline tolerance: how many days back an operation recorded offline is accepted")
            .ProducesErrors();

        sync.MapPut("/settings", async (UpdateSyncSettingsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Change the offline tolerance, 0 to 7 days (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors();
    }
}
