using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Deposits;
using Microfinance.Application.Deposits.Commands.ActivateAccount;
using Microfinance.Application.Deposits.Commands.ApproveAccount;
using Microfinance.Application.Deposits.Commands.ApproveWithdrawal;
using Microfinance.Application.Deposits.Commands.CategorizeTransaction;
using Microfinance.Application.Deposits.Commands.CloseAccount;
using Microfinance.Application.Deposits.Commands.CreateCategory;
using Microfinance.Application.Deposits.Commands.CreateDepositProduct;
using Microfinance.Application.Deposits.Commands.DeleteCategory;
using Microfinance.Application.Deposits.Commands.Deposit;
using Microfinance.Application.Deposits.Commands.OpenAccount;
using Microfinance.Application.Deposits.Commands.PostSavingsInterest;
using Microfinance.Application.Deposits.Commands.RejectAccount;
using Microfinance.Application.Deposits.Commands.RejectWithdrawal;
using Microfinance.Application.Deposits.Commands.ReverseTransaction;
using Microfinance.Application.Deposits.Commands.Transfer;
using Microfinance.Application.Deposits.Commands.UpdateCategory;
using Microfinance.Application.Deposits.Commands.UpdateDepositProduct;
using Microfinance.Application.Deposits.Commands.Withdraw;
using Microfinance.Application.Deposits.Queries.GetAccount;
using Microfinance.Application.Deposits.Queries.GetDepositProduct;
using Microfinance.Application.Deposits.Queries.GetOpeningFeeReceipt;
using Microfinance.Application.Deposits.Queries.GetStatement;
using Microfinance.Application.Deposits.Queries.GetStatementDocument;
using Microfinance.Application.Deposits.Queries.GetTransaction;
using Microfinance.Application.Deposits.Queries.GetTransactionReceipt;
using Microfinance.Application.Deposits.Queries.ListCategories;
using Microfinance.Application.Deposits.Queries.ListAccounts;
using Microfinance.Application.Deposits.Queries.ListDepositProducts;
using Microfinance.Application.Deposits.Queries.ListTransactions;
using Microfinance.Application.Deposits.Queries.ListWithdrawalRequests;
using Microfinance.Application.Reporting.Commands.ExportTransactions;
using Microfinance.Domain.IdentityAccess;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Microfinance.Api.Endpoints;

public static class DepositsEndpoints
{
    public static void MapDepositsEndpoints(this RouteGroupBuilder api)
    {
        MapProducts(api.MapGroup("/deposit-products").WithTags("Deposit products"));
        MapAccounts(api.MapGroup("/accounts").WithTags("Accounts"));
        MapMovements(api);
        MapCategories(api.MapGroup("/categories").WithTags("Categories"));

        // Idempotent by its month (once per account and month), so it takes no Idempotency-Key, like end of day.
        api.MapPost("/jobs/savings-interest", async (PostSavingsInterestCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithTags("Jobs").WithSummary("Post a month's savings interest (yyyy-MM, a month that is over) on every savings account, once per account and month (SfdAdmin, Accountant)")
            .ProducesValidationProblem().ProducesErrors(422);
    }

    private static void MapProducts(RouteGroupBuilder products)
    {
        products.MapGet("/", async (bool? isActive, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDepositProductsQuery(isActive), ct)))
            .WithSummary("Savings and current account products").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.AccountsRead);

        products.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDepositProductQuery(id), ct)))
            .WithSummary("A deposit product").ProducesErrors(404)
            .RequireScope(ApiScopes.AccountsRead);

        products.MapPost("/", async (CreateDepositProductCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/deposit-products/{created.Id}", created);
            })
            .WithSummary("Create a deposit product (SfdAdmin)").ProducesValidationProblem().ProducesErrors(409, 422);

        products.MapPut("/{id:guid}", async (Guid id, UpdateDepositProductCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Change a deposit product's terms (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404, 422);
    }

    private static void MapAccounts(RouteGroupBuilder accounts)
    {
        accounts.MapGet("/", async ([AsParameters] ListAccountsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<DepositAccountDto>>(await mediator.Send(query, ct)))
            .WithSummary("Deposit accounts (filter by client, status, branch; search by number or client name)")
            .ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.AccountsRead);

        accounts.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAccountQuery(id), ct)))
            .WithSummary("A deposit account with its balance").ProducesErrors(404)
            .RequireScope(ApiScopes.AccountsRead);

        accounts.MapPost("/", async (OpenAccountCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/accounts/{created.Id}", created);
            })
            .WithSummary("Request an account for a client (Requested, or Active for a single-step product)")
            .ProducesValidationProblem().ProducesErrors(422).WithIdempotency();

        accounts.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveAccountCommand(id), ct)))
            .WithSummary("Approve a requested account: KYC checked, by someone other than the requester").ProducesErrors(404, 422);

        accounts.MapPost("/{id:guid}/reject", async (Guid id, RejectAccountCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reject a requested account with a reason, by someone other than the requester; the account never opens")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        accounts.MapPost("/{id:guid}/activate", async (Guid id, ActivateAccountCommand? command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send((command ?? new ActivateAccountCommand()) with { Id = id }, ct)))
            .WithSummary("Activate an approved account; posts the product's opening fee")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        accounts.MapPost("/{id:guid}/close", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseAccountCommand(id), ct)))
            .WithSummary("Close an account with a zero balance").ProducesErrors(404, 422);

        accounts.MapGet("/{id:guid}/statement", async Task<Results<Ok<StatementDto>, FileStreamHttpResult>> (
                Guid id, DateOnly? from, DateOnly? to, int? page, int? pageSize, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.WantsPdf(format, http)
                    ? ReportingEndpoints.Document(await mediator.Send(new GetStatementDocumentQuery(id, from, to), ct))
                    : TypedResults.Ok(await mediator.Send(new GetStatementQuery(id, from, to, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("Statement: opening balance, movements with running balance, closing balance; or the printable statement as PDF")
            .WithDescription("With `format=pdf` (or `Accept: application/pdf`) the whole period as a printable statement, not a page: `to` defaults to today, `from` to the first day of its month, and a period covers at most 366 days (longer is a 400).")
            .Produces<StatementDto>(200, "application/json", ReportingEndpoints.PdfType)
            .ProducesValidationProblem().ProducesErrors(404)
            .RequireScope(ApiScopes.AccountsRead);

        accounts.MapGet("/{id:guid}/opening-fee-receipt", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.Document(await mediator.Send(new GetOpeningFeeReceiptQuery(id), ct)))
            .WithSummary("The printable receipt (PDF) of the opening fee paid at activation: amount, channel, entry, signature boxes")
            .Produces(200, contentType: ReportingEndpoints.PdfType).ProducesErrors(404, 422)
            .RequireScope(ApiScopes.AccountsRead);

        accounts.MapPost("/{id:guid}/deposits", async (Guid id, DepositCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var transaction = await mediator.Send(command with { AccountId = id }, ct);
                return TypedResults.Created($"/api/v1/transactions/{transaction.Id}", transaction);
            })
            .WithSummary("Deposit money on an active account")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency()
            .RequireScope(ApiScopes.DepositsWrite);

        accounts.MapPost("/{id:guid}/withdrawals", async Task<Results<Created<TransactionDto>, Accepted<WithdrawalRequestDto>>> (
                Guid id, WithdrawCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(command with { AccountId = id }, ct);
                return outcome.Transaction is { } transaction
                    ? TypedResults.Created($"/api/v1/transactions/{transaction.Id}", transaction)
                    : TypedResults.Accepted($"/api/v1/withdrawals/{outcome.PendingApproval!.Id}", outcome.PendingApproval);
            })
            .WithSummary("Withdraw money: 201 when posted, 202 when above the product's threshold (waits for a supervisor)")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();
    }

    private static void MapMovements(RouteGroupBuilder api)
    {
        var transactions = api.MapGroup("/transactions").WithTags("Transactions");

        transactions.MapGet("/", async Task<Results<Ok<TransactionPageDto>, FileStreamHttpResult>> (
                [AsParameters] ListTransactionsQuery query, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.FormatOf(format, http) is { } file
                    ? await ReportingEndpoints.ExportAsync(new ExportTransactionsCommand(query, file), http, mediator, ct)
                    : TypedResults.Ok(await mediator.Send(query, ct)))
            .WithSummary("The transaction explorer: movements filtered cumulatively, with the totals of the filtered set; or all of them as CSV, XLSX or PDF")
            .WithDescription("Filters: clientId, accountId, from and to (value dates, inclusive), type, channel, minAmount and maxAmount, branchId (the account's), agentId (who recorded it), reversed, categoryId, categorized (true: tagged, false: untagged); sort date, -date, amount, -amount, category or -category (newest first by default). Any other query parameter is a 400. With `format` (csv, xlsx, pdf) or an `Accept` naming one, every filtered movement as a file (Supervisor, SfdAdmin, Accountant, Auditor), kept in `/api/v1/report-runs` as `transaction-explorer` (its `Content-Location`).")
            .AcceptsOnlyQuery("clientId", "accountId", "from", "to", "type", "channel", "minAmount", "maxAmount", "branchId", "agentId",
                "reversed", "categoryId", "categorized", "sort", "format", "page", "pageSize")
            .Produces<TransactionPageDto>(200, "application/json", ReportingEndpoints.FileTypes)
            .ProducesValidationProblem().ProducesErrors(422)
            .RequireScope(ApiScopes.AccountsRead);

        transactions.MapGet("/{id:guid}", async Task<Results<Ok<TransactionDto>, FileStreamHttpResult>> (
                Guid id, string? format, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.WantsPdf(format, http)
                    ? ReportingEndpoints.Document(await mediator.Send(new GetTransactionReceiptQuery(id), ct))
                    : TypedResults.Ok(await mediator.Send(new GetTransactionQuery(id), ct)))
            .WithSummary("A movement, as a receipt: JSON, or the printable receipt as PDF (`format=pdf` or `Accept: application/pdf`)")
            .Produces<TransactionDto>(200, "application/json", ReportingEndpoints.PdfType)
            .ProducesValidationProblem().ProducesErrors(404)
            .RequireScope(ApiScopes.AccountsRead);

        transactions.MapPut("/{id:guid}/category", async (Guid id, CategorizeTransactionCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Tag a movement (every movement of its operation) with a category, or clear it with null: its recorder, a supervisor or the SfdAdmin")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        transactions.MapPost("/{id:guid}/reverse", async (Guid id, ReverseTransactionCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reverse a movement (Supervisor): a reversal entry restores the balance; the original is marked reversed")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        var withdrawals = api.MapGroup("/withdrawals").WithTags("Transactions");

        withdrawals.MapGet("/", async ([AsParameters] ListWithdrawalRequestsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<WithdrawalRequestDto>>(await mediator.Send(query, ct)))
            .WithSummary("Withdrawals waiting for approval (status=Pending) and decided ones").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.AccountsRead);

        withdrawals.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var transaction = await mediator.Send(new ApproveWithdrawalCommand(id), ct);
                return TypedResults.Created($"/api/v1/transactions/{transaction.Id}", transaction);
            })
            .WithSummary("Approve a pending withdrawal (a supervisor who did not ask for it); posts it")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        withdrawals.MapPost("/{id:guid}/reject", async (Guid id, RejectWithdrawalCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reject a pending withdrawal with a reason").ProducesValidationProblem().ProducesErrors(404, 422);

        api.MapPost("/transfers", async (TransferCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var transfer = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/transactions/{transfer.Debit.Id}", transfer);
            })
            .WithTags("Transactions").WithSummary("Transfer between two accounts of the institution")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();
    }

    private static void MapCategories(RouteGroupBuilder categories)
    {
        categories.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCategoriesQuery(), ct)))
            .WithSummary("The institution's categories of movements, by name, with how many movements carry each").ProducesErrors()
            .RequireScope(ApiScopes.AccountsRead);

        categories.MapPost("/", async (CreateCategoryCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/categories/{created.Id}", created);
            })
            .WithSummary("Create a category of movements (SfdAdmin); its name is unique in the institution, whatever its case")
            .ProducesValidationProblem().ProducesErrors(409);

        categories.MapPut("/{id:guid}", async (Guid id, UpdateCategoryCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Rename a category (SfdAdmin): the movements tagged with it keep it")
            .ProducesValidationProblem().ProducesErrors(404, 409);

        categories.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteCategoryCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete a category no operation uses (SfdAdmin); a used one is a 409 category_in_use").ProducesErrors(404, 409);
    }
}
