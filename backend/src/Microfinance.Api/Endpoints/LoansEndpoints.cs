using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Loans;
using Microfinance.Application.Loans.Commands.ApproveLoanApplication;
using Microfinance.Application.Loans.Commands.CancelLoanApplication;
using Microfinance.Application.Loans.Commands.CreateLoanApplication;
using Microfinance.Application.Loans.Commands.CreateLoanProduct;
using Microfinance.Application.Loans.Commands.DisburseLoan;
using Microfinance.Application.Loans.Commands.EndOfDay;
using Microfinance.Application.Loans.Commands.RecommendLoanApplication;
using Microfinance.Application.Loans.Commands.RejectLoanApplication;
using Microfinance.Application.Loans.Commands.RepayLoan;
using Microfinance.Application.Loans.Commands.ReturnLoanApplication;
using Microfinance.Application.Loans.Commands.ReverseLoanRepayment;
using Microfinance.Application.Loans.Commands.ReviewLoanApplication;
using Microfinance.Application.Loans.Commands.SubmitLoanApplication;
using Microfinance.Application.Loans.Commands.UpdateLoanProduct;
using Microfinance.Application.Loans.Commands.WriteOffLoan;
using Microfinance.Application.Loans.Queries.GetDisbursementVoucher;
using Microfinance.Application.Loans.Queries.GetLoan;
using Microfinance.Application.Loans.Queries.GetLoanOffer;
using Microfinance.Application.Loans.Queries.GetLoanSchedule;
using Microfinance.Application.Loans.Queries.GetRepaymentReceipt;
using Microfinance.Application.Loans.Queries.ListLoanProducts;
using Microfinance.Application.Loans.Queries.ListLoanRepayments;
using Microfinance.Application.Loans.Queries.ListLoans;
using Microfinance.Application.Loans.Queries.PortfolioAtRisk;
using Microfinance.Application.Loans.Queries.RepaymentPreview;
using Microfinance.Application.Loans.Queries.SimulateLoan;
using Microfinance.Domain.IdentityAccess;

namespace Microfinance.Api.Endpoints;

public static class LoansEndpoints
{
    public static void MapLoansEndpoints(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/loan-products").WithTags("Loan products");

        products.MapGet("/", async (bool? isActive, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLoanProductsQuery(isActive), ct)))
            .WithSummary("Loan products").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.LoansRead);

        products.MapPost("/", async (CreateLoanProductCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/loan-products/{created.Id}", created);
            })
            .WithSummary("Create a loan product (SfdAdmin)").ProducesValidationProblem().ProducesErrors(409, 422);

        products.MapPut("/{id:guid}", async (Guid id, UpdateLoanProductCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Change a loan product (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404, 422);

        var loans = api.MapGroup("/loans").WithTags("Loans");

        loans.MapPost("/simulate", async (SimulateLoanQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithSummary("The full schedule and APR for given terms (a quote); writes nothing").ProducesValidationProblem().ProducesErrors(422)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/", async ([AsParameters] ListLoansQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<LoanDto>>(await mediator.Send(query, ct)))
            .WithSummary("Loans and applications (filter by status, client, branch, agent, in arrears)").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLoanQuery(id), ct)))
            .WithSummary("A loan: principal, interest, fees, penalties, repaid, outstanding, arrears, next due").ProducesErrors(404)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}/schedule", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLoanScheduleQuery(id), ct)))
            .WithSummary("The loan's installments with what is paid, due and late").ProducesErrors(404)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}/transactions", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLoanRepaymentsQuery(id), ct)))
            .WithSummary("The loan's repayments and how each was allocated").ProducesErrors(404)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}/offer", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.Document(await mediator.Send(new GetLoanOfferQuery(id), ct)))
            .WithSummary("The printable loan offer (PDF) of an application not yet disbursed: terms, fees, the full schedule from a disbursement today, total cost")
            .Produces(200, contentType: ReportingEndpoints.PdfType).ProducesErrors(404, 422)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}/disbursement-voucher", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.Document(await mediator.Send(new GetDisbursementVoucherQuery(id), ct)))
            .WithSummary("The printable disbursement voucher (PDF) of a disbursed loan: amount handed over or credited, signature boxes")
            .Produces(200, contentType: ReportingEndpoints.PdfType).ProducesErrors(404, 422)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}/repayments/{repaymentId:guid}/receipt", async (Guid id, Guid repaymentId, IMediator mediator, CancellationToken ct) =>
                ReportingEndpoints.Document(await mediator.Send(new GetRepaymentReceiptQuery(id, repaymentId), ct)))
            .WithSummary("The printable receipt (PDF) of a repayment: its allocation (penalties, fees, interest, principal) and what remains")
            .Produces(200, contentType: ReportingEndpoints.PdfType).ProducesErrors(404)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapGet("/{id:guid}/repayment-preview", async (Guid id, decimal amount, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RepaymentPreviewQuery(id, amount), ct)))
            .WithSummary("How a repayment of this amount would be allocated (penalties, fees, interest, principal); writes nothing")
            .ProducesValidationProblem().ProducesErrors(404, 422)
            .RequireScope(ApiScopes.LoansRead);

        loans.MapPost("/{id:guid}/disburse", async (Guid id, DisburseLoanCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Disburse an approved loan to the client's account or in cash; fixes the schedule")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        loans.MapPost("/{id:guid}/repayments", async (Guid id, RepayLoanCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var repayment = await mediator.Send(command with { LoanId = id }, ct);
                return TypedResults.Created($"/api/v1/loans/{id}/transactions", repayment);
            })
            .WithSummary("Repay: penalties, fees, interest, principal, oldest installment first; overpayment prepays; the last franc closes the loan")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency()
            .RequireScope(ApiScopes.RepaymentsWrite);

        loans.MapPost("/{id:guid}/repayments/{repaymentId:guid}/reverse", async (Guid id, Guid repaymentId, ReverseLoanRepaymentCommand command,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { LoanId = id, RepaymentId = repaymentId }, ct)))
            .WithSummary("Reverse a repayment (Supervisor); every later repayment is re-allocated")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        loans.MapPost("/{id:guid}/write-off", async (Guid id, WriteOffLoanCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Write a loan off (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency();

        var applications = api.MapGroup("/loan-applications").WithTags("Loans");

        applications.MapPost("/", async (CreateLoanApplicationCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/loans/{created.Id}", created);
            })
            .WithSummary("Apply for a client (a draft); refused with 422 and every eligibility reason")
            .ProducesValidationProblem().ProducesErrors(422);

        applications.MapPost("/{id:guid}/submit", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SubmitLoanApplicationCommand(id), ct)))
            .WithSummary("Submit a draft for review").ProducesErrors(404, 422);

        applications.MapPost("/{id:guid}/review", async (Guid id, ReviewLoanApplicationCommand? command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send((command ?? new ReviewLoanApplicationCommand()) with { Id = id }, ct)))
            .WithSummary("Take for review, setting or changing terms within the product's bounds (Supervisor)")
            .ProducesValidationProblem().ProducesErrors(404, 422);

        applications.MapPost("/{id:guid}/return", async (Guid id, ReturnLoanApplicationCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Send back to draft with a reason (Supervisor)").ProducesValidationProblem().ProducesErrors(404, 422);

        applications.MapPost("/{id:guid}/recommend", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecommendLoanApplicationCommand(id), ct)))
            .WithSummary("Recommend for approval (Supervisor)").ProducesErrors(404, 422);

        applications.MapPost("/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveLoanApplicationCommand(id), ct)))
            .WithSummary("Approve (SfdAdmin; never whoever created or recommended it)").ProducesErrors(404, 422);

        applications.MapPost("/{id:guid}/reject", async (Guid id, RejectLoanApplicationCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Reject with a reason (SfdAdmin)").ProducesValidationProblem().ProducesErrors(404, 422);

        applications.MapPost("/{id:guid}/cancel", async (Guid id, CancelLoanApplicationCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Cancel before disbursement").ProducesValidationProblem().ProducesErrors(404, 422);

        api.MapPost("/jobs/end-of-day", async (EndOfDayCommand? command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command ?? new EndOfDayCommand(), ct)))
            .WithTags("Jobs").WithSummary("Run end of day: penalties once per loan per day (missed days caught up) and days in arrears (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors();

        api.MapGet("/reports/portfolio-at-risk", async (DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PortfolioAtRiskQuery(asOf), ct)))
            .WithTags("Reports").WithSummary("PAR1, PAR30, PAR90 overall, per branch and per agent").ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.ReportsRead);
    }
}
