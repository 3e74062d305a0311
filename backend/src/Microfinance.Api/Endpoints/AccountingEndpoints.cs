using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Accounting.Commands.ApproveManualEntry;
using Microfinance.Application.Accounting.Commands.AutoMatchBankStatementLines;
using Microfinance.Application.Accounting.Commands.CloseAccountingPeriod;
using Microfinance.Application.Accounting.Commands.CreateGlAccount;
using Microfinance.Application.Accounting.Commands.CreateManualEntry;
using Microfinance.Application.Accounting.Commands.DeleteGlAccount;
using Microfinance.Application.Accounting.Commands.ImportBankStatement;
using Microfinance.Application.Accounting.Commands.MatchBankStatementLine;
using Microfinance.Application.Accounting.Commands.RejectManualEntry;
using Microfinance.Application.Accounting.Commands.RenameGlAccount;
using Microfinance.Application.Accounting.Commands.ReopenAccountingPeriod;
using Microfinance.Application.Accounting.Commands.ReverseManualEntry;
using Microfinance.Application.Accounting.Commands.SaveBankStatementFormat;
using Microfinance.Application.Accounting.Commands.UnmatchBankStatementLine;
using Microfinance.Application.Accounting.Commands.UpdateAccountingSettings;
using Microfinance.Application.Accounting.Queries.GetAccountingSettings;
using Microfinance.Application.Accounting.Queries.GetBankReconciliation;
using Microfinance.Application.Accounting.Queries.GetBankStatementFormat;
using Microfinance.Application.Accounting.Queries.GetGeneralLedger;
using Microfinance.Application.Accounting.Queries.GetManualEntry;
using Microfinance.Application.Accounting.Queries.ListAccountingPeriods;
using Microfinance.Application.Accounting.Queries.ListGlAccounts;
using Microfinance.Application.Accounting.Queries.ListJournalEntries;
using Microfinance.Application.Accounting.Queries.ListManualEntries;
using Microfinance.Application.Accounting.Queries.TrialBalance;
using Microfinance.Application.Accounting.Queries.VerifyLedger;
using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Reporting.Commands.ExportGeneralLedger;
using Microsoft.AspNetCore.Http.HttpResults;
using ValidationException = Microfinance.Application.Common.Exceptions.ValidationException;

namespace Microfinance.Api.Endpoints;

public static class AccountingEndpoints
{
    public static void MapAccountingEndpoints(this RouteGroupBuilder api)
    {
        var gl = api.MapGroup("/gl-accounts").WithTags("Accounting");

        gl.MapGet("/", async ([AsParameters] ListGlAccountsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithSummary("The chart of accounts").ProducesValidationProblem().ProducesErrors();

        gl.MapGet("/{id:guid}/ledger", async Task<Results<Ok<GeneralLedgerDto>, FileStreamHttpResult>> (Guid id, DateOnly? from, DateOnly? to,
                string? format, HttpContext http, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                ReportingEndpoints.FormatOf(format, http) is { } file
                    ? await ReportingEndpoints.ExportAsync(new ExportGeneralLedgerCommand(id, from, to, file), http, mediator, ct)
                    : TypedResults.Ok(await mediator.Send(new GetGeneralLedgerQuery(id, from, to, page, pageSize), ct)))
            .WithSummary("A GL account's general ledger: opening balance, a page of lines with their entries and the running balance, closing balance; or every line as CSV, XLSX or PDF")
            .WithDescription("Over a period of value dates (this month to today by default); balances signed by the account's normal side. Accountant, SfdAdmin, Auditor. With `format` (csv, xlsx, pdf) or an `Accept` naming one, every line of the period as a file, kept in `/api/v1/report-runs` as `general-ledger` (its `Content-Location`).")
            .Produces<GeneralLedgerDto>(200, "application/json", ReportingEndpoints.FileTypes)
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

        var entries = api.MapGroup("/journal-entries").WithTags("Accounting");

        entries.MapGet("/", async ([AsParameters] ListJournalEntriesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<JournalEntryDto>>(await mediator.Send(query, ct)))
            .WithSummary("Journal entries with their lines, newest first").ProducesValidationProblem().ProducesErrors();

        entries.MapPost("/", async (CreateManualEntryCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/journal-entries/manual/{created.Id}", created);
            })
            .WithSummary("Write a manual journal entry (Accountant, SfdAdmin): posted at once, or PendingApproval above the institution's threshold")
            .WithDescription("Two or more lines on GL accounts, each a debit or a credit; unbalanced lines answer 400 naming the difference. A value date in a closed period answers 422 period_closed; a control account (customer deposits, loans, tontine savings) answers 422 control_account.")
            .ProducesValidationProblem().ProducesErrors(422).WithIdempotency();

        entries.MapGet("/manual", async ([AsParameters] ListManualEntriesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<ManualEntryDto>>(await mediator.Send(query, ct)))
            .WithSummary("Manual entries, newest first; status=PendingApproval is the approval inbox, oldest first").ProducesValidationProblem().ProducesErrors();

        entries.MapGet("/manual/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetManualEntryQuery(id), ct)))
            .WithSummary("A manual entry with its lines, decision and journal entries").ProducesErrors(404);

        entries.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveManualEntryCommand { Id = id }, ct)))
            .WithSummary("Approve and post a manual entry waiting for approval (an accountant or the SfdAdmin other than its author)")
            .ProducesErrors(404, 422).WithIdempotency();

        entries.MapPost("/{id:guid}/reject", async (Guid id, RejectManualEntryCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Refuse a manual entry waiting for approval, with a reason; nothing is posted").ProducesValidationProblem().ProducesErrors(404, 422);

        entries.MapPost("/{id:guid}/reverse", async (Guid id, ReverseManualEntryCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reverse a posted manual entry with a reason: a mirror entry valued today")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        var accounting = api.MapGroup("/accounting").WithTags("Accounting");

        accounting.MapGet("/trial-balance", async (DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrialBalanceQuery(asOf), ct)))
            .WithSummary("Trial balance as of a value date (today by default)").ProducesValidationProblem().ProducesErrors();

        accounting.MapGet("/periods", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAccountingPeriodsQuery(), ct)))
            .WithSummary("The months of the books, newest first, open or closed, with which one can close and which one can reopen").ProducesErrors();

        accounting.MapPost("/periods/{month}/close", async (string month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseAccountingPeriodCommand(month), ct)))
            .WithSummary("Close a month (yyyy-MM) that is over, the earlier ones being closed (Accountant, SfdAdmin)")
            .WithDescription("Nothing can be valued in a closed month afterwards (422 period_closed). Closing December posts the year's result to retained earnings, valued 1 January. A month outside the books (before the first value date, after the current month) answers 404.")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        accounting.MapPost("/periods/{month}/reopen", async (string month, ReopenAccountingPeriodCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Month = month }, ct)))
            .WithSummary("Reopen the latest closed month (yyyy-MM) with a reason (SfdAdmin); reopening December reverses its year-end entry")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        accounting.MapGet("/settings", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAccountingSettingsQuery(), ct)))
            .WithSummary("The institution's accounting settings: the manual-entry approval threshold").ProducesErrors();

        accounting.MapPut("/settings", async (UpdateAccountingSettingsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Set the amount above which a manual entry waits for approval (SfdAdmin)").ProducesValidationProblem().ProducesErrors();

        accounting.MapGet("/verify", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyLedgerQuery(), ct)))
            .WithSummary("Check every ledger invariant: balanced entries, balances = postings, trial balance nets to zero")
            .ProducesErrors();

        // Bank reconciliation (docs/bank-reconciliation.md): a bank is a treasury GL account; nothing here posts.
        var banks = api.MapGroup("/bank-accounts").WithTags("Accounting");

        banks.MapGet("/{glAccountId:guid}/statement-format", async (Guid glAccountId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBankStatementFormatQuery(glAccountId), ct)))
            .WithSummary("A bank's statement file format (the usual one, isSaved false, until one is saved)")
            .ProducesErrors(404, 422);

        banks.MapPut("/{glAccountId:guid}/statement-format", async (Guid glAccountId, SaveBankStatementFormatCommand command, IMediator mediator,
                CancellationToken ct) => TypedResults.Ok(await mediator.Send(command with { GlAccountId = glAccountId }, ct)))
            .WithSummary("Save a bank's statement file format: delimiter, header row, columns (1-based), date format, decimal separator (Accountant)")
            .WithDescription("Either amountColumn (signed, positive = money in) or both debitColumn (money out) and creditColumn (money in).")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        banks.MapPost("/{glAccountId:guid}/statements", async (Guid glAccountId, HttpRequest request, IMediator mediator, CancellationToken ct,
                string fileName = "releve.csv") =>
            {
                var content = await RequestBodies.ReadAsync(request, ImportBankStatementCommandValidator.MaxBytes, ct)
                              ?? throw new ValidationException("File", "A statement file is at most {0} bytes.", ImportBankStatementCommandValidator.MaxBytes);
                var imported = await mediator.Send(new ImportBankStatementCommand(glAccountId, fileName, content), ct);
                return TypedResults.Created($"/api/v1/bank-accounts/{glAccountId}/reconciliation", imported);
            })
            .Accepts<string>("text/csv")
            .WithSummary("Import a bank statement file (the CSV as the body) with the bank's saved format (Accountant)")
            .WithDescription("UTF-8 or Latin-1, at most 1 000 000 bytes (under the server's 1 MiB body limit). Any bad row and nothing is imported: 400 with errors[\"lines[n]\"] for each. Lines already imported (same date, amount, reference, label and occurrence in the file) are not added again: newLineCount and alreadyImportedCount say how many.")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        banks.MapGet("/{glAccountId:guid}/reconciliation", async (Guid glAccountId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBankReconciliationQuery(glAccountId, from, to), ct)))
            .WithSummary("A bank account's reconciliation at a date: balances, unmatched lines on each side, suggested matches, recorded matches")
            .WithDescription("reconciledBalance = bookBalance − unmatchedBookTotal + unmatchedStatementTotal, and difference = statementBalance − reconciledBalance. `from` narrows the listed lines, not the balances. Accountant, SfdAdmin, Auditor.")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        banks.MapPost("/{glAccountId:guid}/reconciliation/auto-match", async (Guid glAccountId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AutoMatchBankStatementLinesCommand(glAccountId), ct)))
            .WithSummary("Match every unmatched statement line that has a journal line of the same amount and side within ±3 days, the reference first (Accountant)")
            .ProducesErrors(404, 422);

        var statementLines = api.MapGroup("/bank-statement-lines").WithTags("Accounting");

        statementLines.MapPost("/{id:guid}/match", async (Guid id, MatchBankStatementLineCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Match a statement line by hand with a journal line of its bank account: same amount, money in with a debit (Accountant)")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        statementLines.MapPost("/{id:guid}/unmatch", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnmatchBankStatementLineCommand(id), ct)))
            .WithSummary("Undo a statement line's match (Accountant)").ProducesErrors(404, 422);
    }
}
