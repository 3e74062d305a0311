using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Tontines;
using Microfinance.Application.Tontines.Commands.ApproveTontineWithdrawal;
using Microfinance.Application.Tontines.Commands.CloseTontine;
using Microfinance.Application.Tontines.Commands.ContributeToTontine;
using Microfinance.Application.Tontines.Commands.CreateTontine;
using Microfinance.Application.Tontines.Commands.OpenTontine;
using Microfinance.Application.Tontines.Commands.PayTontineAdhesionFee;
using Microfinance.Application.Tontines.Commands.RejectTontineAdhesion;
using Microfinance.Application.Tontines.Commands.RejectTontineWithdrawal;
using Microfinance.Application.Tontines.Commands.RequestTontineAdhesion;
using Microfinance.Application.Tontines.Commands.RequestTontineWithdrawal;
using Microfinance.Application.Tontines.Commands.UpdateTontine;
using Microfinance.Application.Tontines.Commands.ValidateTontineAdhesion;
using Microfinance.Application.Tontines.Queries.GetTontine;
using Microfinance.Application.Tontines.Queries.GetTontineBooklet;
using Microfinance.Application.Tontines.Queries.GetTontineParticipant;
using Microfinance.Application.Tontines.Queries.GetTontineRound;
using Microfinance.Application.Tontines.Queries.ListTontineAdhesions;
using Microfinance.Application.Tontines.Queries.ListTontineContributions;
using Microfinance.Application.Tontines.Queries.ListTontineParticipants;
using Microfinance.Application.Tontines.Queries.ListTontines;
using Microfinance.Application.Tontines.Queries.ListTontineWithdrawals;
using Microfinance.Domain.IdentityAccess;

namespace Microfinance.Api.Endpoints;

/// <summary>Daily-contribution tontines: their terms, adhesions, participants with their booklets, contributions and withdrawals (docs/tontines.md).</summary>
public static class TontinesEndpoints
{
    public static void MapTontinesEndpoints(this RouteGroupBuilder api)
    {
        MapTontines(api.MapGroup("/tontines").WithTags("Tontines"));
        MapAdhesions(api.MapGroup("/tontine-adhesions").WithTags("Tontines"));
        MapParticipants(api.MapGroup("/tontine-participants").WithTags("Tontines"));
        MapWithdrawals(api.MapGroup("/tontine-withdrawals").WithTags("Tontines"));
    }

    private static void MapTontines(RouteGroupBuilder tontines)
    {
        tontines.MapPost("/", async (CreateTontineCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/tontines/{created.Id}", created);
            })
            .WithSummary("Create a tontine, as a draft (SfdAdmin)")
            .WithDescription("Daily amount bounds, adhesion fee, cycle length in days (31 by default; the first cell of every cycle is the institution's commission).")
            .ProducesValidationProblem().ProducesErrors(409, 422);

        tontines.MapGet("/", async ([AsParameters] ListTontinesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<TontineDto>>(await mediator.Send(query, ct)))
            .WithSummary("Tontines with their participants' totals (filter by status)").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.TontinesRead);

        tontines.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTontineQuery(id), ct)))
            .WithSummary("A tontine with its participants' totals").ProducesErrors(404)
            .RequireScope(ApiScopes.TontinesRead);

        tontines.MapPut("/{id:guid}", async (Guid id, UpdateTontineCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Change a tontine's terms for new adhesions (SfdAdmin); the cycle length is fixed once opened")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        tontines.MapPost("/{id:guid}/open", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new OpenTontineCommand(id), ct)))
            .WithSummary("Open a draft tontine to adhesions and contributions (SfdAdmin)").ProducesErrors(404, 422);

        tontines.MapPost("/{id:guid}/close", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseTontineCommand(id), ct)))
            .WithSummary("Close a tontine: no more adhesions or contributions; participants can still withdraw (SfdAdmin)").ProducesErrors(404, 422);

        tontines.MapPost("/{id:guid}/adhesions", async (Guid id, RequestTontineAdhesionCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command with { TontineId = id }, ct);
                return TypedResults.Created($"/api/v1/tontine-adhesions/{created.Id}", created);
            })
            .WithSummary("Record a client's request to join, with a daily amount within the tontine's bounds")
            .ProducesValidationProblem().ProducesErrors(404, 409, 422)
            .RequireScope(ApiScopes.TontinesWrite);
    }

    private static void MapAdhesions(RouteGroupBuilder adhesions)
    {
        adhesions.MapGet("/", async ([AsParameters] ListTontineAdhesionsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<TontineAdhesionDto>>(await mediator.Send(query, ct)))
            .WithSummary("Adhesion requests, newest first (filter by status, tontine, client)").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.TontinesRead);

        adhesions.MapPost("/{id:guid}/validate", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ValidateTontineAdhesionCommand(id), ct)))
            .WithSummary("Validate a requested adhesion once the client's identity is checked").ProducesErrors(404, 422);

        adhesions.MapPost("/{id:guid}/reject", async (Guid id, RejectTontineAdhesionCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reject a requested adhesion with a reason").ProducesValidationProblem().ProducesErrors(404, 422);

        adhesions.MapPost("/{id:guid}/pay-fee", async (Guid id, PayTontineAdhesionFeeCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Pay a validated adhesion's fee at the counter: the client becomes a participant (participantId)")
            .WithDescription("By mobile money, create a payment instead (POST /api/v1/payments, purpose TontineAdhesionFee, targetId the adhesion's id, amount the fee); its confirmation makes the participant.")
            .ProducesValidationProblem().ProducesErrors(404, 409, 422).WithIdempotency()
            .RequireScope(ApiScopes.TontinesWrite);
    }

    private static void MapParticipants(RouteGroupBuilder participants)
    {
        participants.MapGet("/", async ([AsParameters] ListTontineParticipantsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<TontineParticipantDto>>(await mediator.Send(query, ct)))
            .WithSummary("Participants with their booklets' state (filter by tontine, client, agent — their collector —, status; search a client)")
            .ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.TontinesRead);

        participants.MapGet("/round", async (Guid? agentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTontineRoundQuery(agentId), ct)))
            .WithSummary("A collector's round today (agentId: the collector, by default the caller): active participants, how many paid, what was collected")
            .ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.TontinesRead);

        participants.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTontineParticipantQuery(id), ct)))
            .WithSummary("A participant: daily amount, cells filled, current cycle, saved balance, commission total").ProducesErrors(404)
            .RequireScope(ApiScopes.TontinesRead);

        participants.MapPost("/{id:guid}/contributions", async (Guid id, ContributeToTontineCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await mediator.Send(command with { ParticipantId = id }, ct);
                return TypedResults.Created($"/api/v1/tontine-participants/{id}/contributions", receipt);
            })
            .WithSummary("Collect days of the booklet: {days} or {amount} (a multiple of the daily amount), in cash")
            .WithDescription("Fills the next cells in order, crossing into new cycles; the first cell of every cycle is the commission. Answers with the cells filled, the commission and saving parts and the new balances. By mobile money, create a payment (purpose TontineContribution, targetId the participant).")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency()
            .RequireScope(ApiScopes.TontinesWrite);

        participants.MapGet("/{id:guid}/contributions", async (Guid id, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok<PagedList<TontineContributionDto>>(await mediator.Send(new ListTontineContributionsQuery(page, pageSize) { ParticipantId = id }, ct)))
            .WithSummary("A participant's contributions, newest first").ProducesValidationProblem().ProducesErrors(404)
            .RequireScope(ApiScopes.TontinesRead);

        participants.MapGet("/{id:guid}/booklet", async (Guid id, int? cycle, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTontineBookletQuery(id, cycle), ct)))
            .WithSummary("One cycle of the booklet (default: the current one): each cell's date, amount, collector and channel")
            .ProducesValidationProblem().ProducesErrors(404)
            .RequireScope(ApiScopes.TontinesRead);

        participants.MapPost("/{id:guid}/withdrawals", async (Guid id, RequestTontineWithdrawalCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command with { ParticipantId = id }, ct);
                return TypedResults.Created($"/api/v1/tontine-withdrawals/{created.Id}", created);
            })
            .WithSummary("Ask to withdraw savings (at most the saved balance); another user approves it")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();
    }

    private static void MapWithdrawals(RouteGroupBuilder withdrawals)
    {
        withdrawals.MapGet("/", async ([AsParameters] ListTontineWithdrawalsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<TontineWithdrawalDto>>(await mediator.Send(query, ct)))
            .WithSummary("Tontine withdrawals, oldest first (status=Pending: those to decide)").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.TontinesRead);

        withdrawals.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveTontineWithdrawalCommand(id), ct)))
            .WithSummary("Approve a withdrawal (not its requester) and pay it in cash out of the savings")
            .ProducesErrors(404, 422).WithIdempotency();

        withdrawals.MapPost("/{id:guid}/reject", async (Guid id, RejectTontineWithdrawalCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reject a withdrawal with a reason (not its requester)").ProducesValidationProblem().ProducesErrors(404, 422);
    }
}
