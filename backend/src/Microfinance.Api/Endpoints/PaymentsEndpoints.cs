using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Localization;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Common.Observability;
using Microfinance.Application.Payments;
using Microfinance.Application.Payments.Commands.CreatePayment;
using Microfinance.Application.Payments.Commands.CreatePaymentProvider;
using Microfinance.Application.Payments.Commands.DeliverSandboxPayment;
using Microfinance.Application.Payments.Commands.ReceiveWebhook;
using Microfinance.Application.Payments.Commands.ReconcilePayment;
using Microfinance.Application.Payments.Commands.ResolveOrphanPayment;
using Microfinance.Application.Payments.Commands.ResolvePayment;
using Microfinance.Application.Payments.Queries.GetPayment;
using Microfinance.Application.Payments.Queries.ListOrphanPayments;
using Microfinance.Application.Payments.Queries.ListPaymentProviders;
using Microfinance.Application.Payments.Queries.ListPayments;
using Microfinance.Infrastructure.Payments;
using Microfinance.Domain.IdentityAccess;

namespace Microfinance.Api.Endpoints;

public static class PaymentsEndpoints
{
    public static void MapPaymentsEndpoints(this RouteGroupBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments");
        MapIntents(payments);
        MapOrphans(payments.MapGroup("/orphans"));
        MapProviders(payments.MapGroup("/providers"));
        MapWebhooks(payments.MapGroup("/webhooks").WithTags("Payment webhooks"));
        // The sandbox's helpers do not exist in Production (docs/payments.md).
        if (!((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IHostEnvironment>().IsProduction())
            MapSandbox(payments.MapGroup("/sandbox").WithTags("Payments sandbox"));
    }

    private static void MapSandbox(RouteGroupBuilder sandbox)
    {
        sandbox.MapPost("/{id:guid}/deliver", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeliverSandboxPaymentCommand { Id = id }, ct)))
            .WithSummary("Sandbox: send this pending payment's webhook now (not in Production)")
            .WithDescription("Over HTTP like the sandbox's own webhooks, as its table decides — and a success for the numbers it never answers for. 422 `payment_not_pending` once settled.")
            .ProducesErrors(404, 422);
    }

    private static void MapIntents(RouteGroupBuilder payments)
    {
        payments.MapPost("/", async (CreatePaymentCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/payments/{created.Id}", created);
            })
            .WithSummary("Ask a payer to pay by mobile money (a deposit, an account's opening fee, a loan repayment)")
            .WithDescription("Answers 201 with the payment Pending and what the payer must do. The provider confirms it by webhook; the target operation is then posted once, with channel MobileMoney. See docs/payments.md.")
            .ProducesValidationProblem().ProducesErrors(404, 422).WithIdempotency()
            .RequireScope(ApiScopes.PaymentsWrite);

        payments.MapGet("/", async ([AsParameters] ListPaymentsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<PaymentDto>>(await mediator.Send(query, ct)))
            .WithSummary("Mobile-money payments, newest first (filter by status, purpose, provider, period, agent, client, target)")
            .ProducesValidationProblem().ProducesErrors()
            .RequireScope(ApiScopes.PaymentsRead);

        payments.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPaymentQuery(id), ct)))
            .WithSummary("A payment with its history").ProducesErrors(404)
            .RequireScope(ApiScopes.PaymentsRead);

        payments.MapPost("/{id:guid}/reconcile", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReconcilePaymentCommand { Id = id }, ct)))
            .WithSummary("Ask the provider now what became of a pending payment")
            .WithDescription("What the reconciliation job does after a few minutes; a payment already settled is answered as it is.")
            .ProducesErrors(404)
            .RequireScope(ApiScopes.PaymentsWrite);

        payments.MapPost("/{id:guid}/resolve", async (Guid id, ResolvePaymentCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Resolve a flagged payment: post what arrived, or record its refund (Supervisor)")
            .ProducesValidationProblem().ProducesErrors(404, 422);
    }

    private static void MapOrphans(RouteGroupBuilder orphans)
    {
        orphans.MapGet("/", async ([AsParameters] ListOrphanPaymentsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<OrphanPaymentDto>>(await mediator.Send(query, ct)))
            .WithSummary("Money confirmed by a provider for no pending payment, oldest first")
            .ProducesValidationProblem().ProducesErrors();

        orphans.MapPost("/{id:guid}/resolve", async (Guid id, ResolveOrphanPaymentCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithSummary("Resolve an orphan payment: credit it to an account, or record its refund (Supervisor)")
            .ProducesValidationProblem().ProducesErrors(404, 422);
    }

    private static void MapProviders(RouteGroupBuilder providers)
    {
        providers.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPaymentProvidersQuery(), ct)))
            .WithSummary("The institution's payment provider accounts, with refused deliveries (count, last seen)")
            .ProducesErrors()
            .RequireScope(ApiScopes.PaymentsRead);

        providers.MapPost("/", async (CreatePaymentProviderCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/payments/providers/{created.Id}", created);
            })
            .WithSummary("Register a provider account with its clearing GL account (SfdAdmin)")
            .WithDescription("The code becomes the webhook's address, /api/v1/payments/webhooks/{code}; its secret is server configuration (docs/payments.md).")
            .ProducesValidationProblem().ProducesErrors(409, 422);
    }

    private static void MapWebhooks(RouteGroupBuilder webhooks)
    {
        webhooks.MapPost("/{provider}", async (string provider, HttpRequest request, WebhookRateLimiter limiter, IMediator mediator, BusinessMetrics metrics,
                CancellationToken ct) =>
            {
                limiter.Acquire(provider);
                // Its signature covers the bytes as sent.
                var body = await RequestBodies.ReadAsync(request, ReceiveWebhookCommandValidator.MaxBodyBytes, ct);
                if (body is null)
                {
                    metrics.Webhooks.Add(1, new KeyValuePair<string, object?>("outcome", "refused"));
                    return Results.Problem(statusCode: 413, title: Localizer.Format("Payload too large.", []),
                        detail: Localizer.Format("A delivery's body is at most {0} bytes.", [ReceiveWebhookCommandValidator.MaxBodyBytes]),
                        extensions: new Dictionary<string, object?> { ["code"] = "payload_too_large" });
                }
                var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                var receipt = await mediator.Send(new ReceiveWebhookCommand(provider, new WebhookRequest(headers, body)), ct);
                // Counted once its command committed: refused (bad signature), a repeated delivery, or received.
                metrics.Webhooks.Add(1, new KeyValuePair<string, object?>("outcome", receipt switch
                {
                    WebhookReceipt.Rejected => "refused",
                    WebhookReceipt.Duplicate => "duplicate",
                    _ => "received",
                }));
                return receipt == WebhookReceipt.Rejected
                    ? Results.Problem(statusCode: 401, title: Localizer.Format("Unauthorized.", []),
                        detail: Localizer.Format("The delivery's signature or secret was refused; nothing was changed.", []),
                        extensions: new Dictionary<string, object?> { ["code"] = "webhook_rejected" })
                    : Results.Ok(new WebhookAnswer(receipt));
            })
            .AllowAnonymous()
            .Accepts<SandboxWebhookBody>("application/json")
            .Produces<WebhookAnswer>()
            .WithSummary("A provider's delivery (anonymous, signed)")
            .WithDescription("Sandbox and HMAC providers sign with `X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<raw body>\")>` (300 s tolerance); KKiaPay-shaped providers send `x-kkiapay-secret` and the transaction is confirmed with their status API. 401 when refused (nothing changes); 200 for everything else — a repeated delivery, an unknown reference (recorded as an orphan) — so the provider stops retrying. Body at most 64 KB; its own rate limit per provider (429). See docs/payments.md.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(413).ProducesProblem(429);
    }

    /// <summary>What a provider gets back: what became of its delivery.</summary>
    public sealed record WebhookAnswer(WebhookReceipt Outcome);
}
