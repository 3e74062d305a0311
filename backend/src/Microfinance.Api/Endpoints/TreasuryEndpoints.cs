using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Treasury;
using Microfinance.Application.Treasury.Commands.CloseCashDrawer;
using Microfinance.Application.Treasury.Commands.OpenCashDrawer;
using Microfinance.Application.Treasury.Commands.UpdateTreasurySettings;
using Microfinance.Application.Treasury.Commands.ValidateCashDrawer;
using Microfinance.Application.Treasury.Queries.GetCashDrawer;
using Microfinance.Application.Treasury.Queries.GetCurrentCashDrawer;
using Microfinance.Application.Treasury.Queries.GetTreasurySettings;
using Microfinance.Application.Treasury.Queries.ListCashDrawers;

namespace Microfinance.Api.Endpoints;

/// <summary>Cash drawers (<i>caisses</i>): opened with a counted float, closed with a count and its difference posted, validated by a supervisor (docs/treasury.md).</summary>
public static class TreasuryEndpoints
{
    public static void MapTreasuryEndpoints(this RouteGroupBuilder api)
    {
        MapCashDrawers(api.MapGroup("/cash-drawers").WithTags("Treasury"));
        MapSettings(api.MapGroup("/treasury/settings").WithTags("Treasury"));
    }

    private static void MapCashDrawers(RouteGroupBuilder drawers)
    {
        drawers.MapPost("/", async (OpenCashDrawerCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/cash-drawers/{opened.Id}", opened);
            })
            .WithSummary("Open my cash drawer with its float, counted by denomination (one open drawer per user)")
            .ProducesValidationProblem().ProducesErrors(409, 422);

        drawers.MapGet("/current", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCurrentCashDrawerQuery(), ct)))
            .WithSummary("My open cash drawer, if any, with the cash expected in it so far, and the denominations cash is counted in")
            .ProducesErrors();

        drawers.MapGet("/", async ([AsParameters] ListCashDrawersQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<CashDrawerDto>>(await mediator.Send(query, ct)))
            .WithSummary("Cash drawer sessions, newest first (filter by status, branch, holder and business days); an agent sees their own")
            .ProducesValidationProblem().ProducesErrors();

        drawers.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCashDrawerQuery(id), ct)))
            .WithSummary("A cash drawer session with its counts, cash in and out, expected and counted cash").ProducesErrors(404);

        drawers.MapPost("/{id:guid}/close", async (Guid id, CloseCashDrawerCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Close my cash drawer with the cash counted by denomination; a difference from the expected cash is posted to the cash-difference account")
            .ProducesValidationProblem().ProducesErrors(403, 404, 409, 422).WithIdempotency();

        drawers.MapPost("/{id:guid}/validate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ValidateCashDrawerCommand(id), ct)))
            .WithSummary("Validate a closed cash drawer's count (a supervisor of its branch or the SfdAdmin, never its holder)")
            .ProducesErrors(403, 404, 422);
    }

    private static void MapSettings(RouteGroupBuilder settings)
    {
        settings.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTreasurySettingsQuery(), ct)))
            .WithSummary("Whether cash needs an open drawer, and the denominations of the institution's currency").ProducesErrors();

        settings.MapPut("/", async (UpdateTreasurySettingsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Turn on or off the rule that cash is recorded only from an open drawer (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors();
    }
}
