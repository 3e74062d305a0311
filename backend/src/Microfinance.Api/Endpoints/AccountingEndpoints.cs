using MediatR;
using Microfinance.Application.Accounting.Commands.CreateGlAccount;
using Microfinance.Application.Accounting.Commands.DeleteGlAccount;
using Microfinance.Application.Accounting.Commands.RenameGlAccount;
using Microfinance.Application.Accounting.Queries.GetGeneralLedger;
using Microfinance.Application.Accounting.Queries.ListGlAccounts;
using Microfinance.Application.Accounting.Queries.ListJournalEntries;
using Microfinance.Application.Accounting.Queries.TrialBalance;
using Microfinance.Application.Accounting.Queries.VerifyLedger;
using Microfinance.Application.Common.Models;

namespace Microfinance.Api.Endpoints;

public static class AccountingEndpoints
{
    public static void MapAccountingEndpoints(this RouteGroupBuilder api)
    {
        var gl = api.MapGroup("/gl-accounts").WithTags("Accounting");

        gl.MapGet("/", async ([AsParameters] ListGlAccountsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithSummary("The chart of accounts").ProducesValidationProblem().ProducesErrors();

        gl.MapGet("/{id:guid}/ledger", async (Guid id, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct, int page = 1,
                int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new GetGeneralLedgerQuery(id, from, to, page, pageSize), ct)))
            .WithSummary("A GL account's general ledger: opening balance, a page of lines with their entries and the running balance, closing balance")
            .WithDescription("Over a period of value dates (this month to today by default); balances signed by the account's normal side. Accountant, SfdAdmin, Auditor.")
            .ProducesValidationProblem().ProducesErrors(404);

        gl.MapPost("/", async (CreateGlAccountCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/gl-accounts/{created.Id}", created);
            })
            .WithSummary("Add a GL account (Accountant)").ProducesValidationProblem().ProducesErrors(409, 422);

        gl.MapPut("/{id:guid}", async (Guid id, RenameGlAccountCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Rename a GL account (Accountant)").ProducesValidationProblem().ProducesErrors(404, 422);

        gl.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteGlAccountCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete an unused GL account (Accountant); used accounts answer 409").ProducesErrors(404, 409);

        api.MapGet("/journal-entries", async ([AsParameters] ListJournalEntriesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<JournalEntryDto>>(await mediator.Send(query, ct)))
            .WithTags("Accounting").WithSummary("Journal entries with their lines, newest first").ProducesValidationProblem().ProducesErrors();

        var accounting = api.MapGroup("/accounting").WithTags("Accounting");

        accounting.MapGet("/trial-balance", async (DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrialBalanceQuery(asOf), ct)))
            .WithSummary("Trial balance as of a value date (today by default)").ProducesValidationProblem().ProducesErrors();

        accounting.MapGet("/verify", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyLedgerQuery(), ct)))
            .WithSummary("Check every ledger invariant: balanced entries, balances = postings, trial balance nets to zero")
            .ProducesErrors();
    }
}
