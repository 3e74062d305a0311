using System.Globalization;
using System.Text;
using System.Text.Json;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Payments;
using Microfinance.Domain.Payments;
using Microfinance.Infrastructure.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microfinance.Infrastructure.Payments;

/// <summary>
/// The built-in provider: behaves like an aggregator's sandbox so that everything runs with no internet. Starting a
/// payment queues its webhook(s) (<see cref="SandboxDelivery"/>, sent by <see cref="SandboxDispatcher"/>); deliveries are
/// verified with <see cref="WebhookSignature"/>; its "status API" answers from the same scenario table.
/// </summary>
public sealed class SandboxGateway(AppDbContext db, SandboxDispatcher dispatcher, IOptions<SandboxOptions> options, IConfiguration configuration, TimeProvider clock)
    : IPaymentGateway, ISandboxProvider
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PaymentProviderKind Kind => PaymentProviderKind.Sandbox;

    public static SandboxScenario ScenarioOf(string payerPhone) => payerPhone.Length < 8 ? SandboxScenario.Succeeds : payerPhone[^8..] switch
    {
        "97000002" => SandboxScenario.Fails,
        "97000003" => SandboxScenario.NeverAnswers,
        "97000004" => SandboxScenario.AnswersAnotherAmount,
        "97000005" => SandboxScenario.AnswersTwice,
        "97000006" => SandboxScenario.StaysPending,
        _ => SandboxScenario.Succeeds,
    };

    public static string TransactionIdOf(PaymentIntent intent) => $"SBX-{intent.Id:N}";

    public Task<PaymentInstructions> StartAsync(PaymentProvider provider, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var scenario = ScenarioOf(intent.PayerPhone);
        var copies = scenario switch
        {
            SandboxScenario.NeverAnswers or SandboxScenario.StaysPending => 0,
            SandboxScenario.AnswersTwice => 2,
            _ => 1,
        };
        if (copies > 0)
        {
            var body = Body(intent, scenario == SandboxScenario.Fails ? "payment.failed" : "payment.succeeded", Answer(intent, scenario).Amount);
            var due = clock.GetUtcNow().AddMilliseconds(options.Value.DelayMilliseconds);
            for (var i = 0; i < copies; i++)
                db.SandboxDeliveries.Add(new SandboxDelivery { PaymentIntentId = intent.Id, Provider = provider.Code, Body = body, DueAt = due });
            dispatcher.Nudge();
        }
        var amount = intent.Amount.ToString("#,0", CultureInfo.GetCultureInfo("fr-FR"));
        return Task.FromResult(new PaymentInstructions($"SBX-REQ-{intent.Id:N}",
            $"Le {intent.PayerPhone} reçoit une demande de paiement de {amount} {intent.Currency} : le payeur la valide avec son code secret.", null));
    }

    public void DeliverNow(PaymentProvider provider, PaymentIntent intent)
    {
        var scenario = ScenarioOf(intent.PayerPhone);
        var answer = scenario is SandboxScenario.NeverAnswers or SandboxScenario.StaysPending ? SandboxScenario.Succeeds : scenario;
        db.SandboxDeliveries.Add(new SandboxDelivery
        {
            PaymentIntentId = intent.Id, Provider = provider.Code, DueAt = clock.GetUtcNow(),
            Body = Body(intent, answer == SandboxScenario.Fails ? "payment.failed" : "payment.succeeded", Answer(intent, answer).Amount),
        });
        dispatcher.Nudge();
    }

    public Task<WebhookCheck> VerifyAsync(PaymentProvider provider, WebhookRequest request, CancellationToken cancellationToken)
    {
        var secret = SecretFor(provider);
        if (string.IsNullOrEmpty(secret)) return Task.FromResult(WebhookCheck.Rejected("secret_not_configured"));
        var refusal = WebhookSignature.Check(secret, request.Header(WebhookSignature.Header), request.Body, clock.GetUtcNow(), Tolerance);
        return Task.FromResult(refusal is null ? WebhookCheck.Accepted(Read(request.Body)) : WebhookCheck.Rejected(refusal));
    }

    public Task<ProviderConfirmation> QueryAsync(PaymentProvider provider, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var scenario = ScenarioOf(intent.PayerPhone);
        var (outcome, amount) = scenario == SandboxScenario.StaysPending ? (ProviderOutcome.Pending, intent.Amount) : Answer(intent, scenario);
        return Task.FromResult(new ProviderConfirmation(outcome, TransactionIdOf(intent), intent.Id.ToString(), amount, intent.Currency, intent.PayerPhone,
            clock.GetUtcNow()));
    }

    /// <summary>The secret of a sandbox account: its own when configured, else the sandbox's.</summary>
    public string? SecretFor(PaymentProvider provider) =>
        configuration[$"Payments:Providers:{provider.Code}:WebhookSecret"] is { Length: > 0 } own ? own : options.Value.WebhookSecret;

    private static (ProviderOutcome Outcome, decimal Amount) Answer(PaymentIntent intent, SandboxScenario scenario) => scenario switch
    {
        SandboxScenario.Fails => (ProviderOutcome.Failed, intent.Amount),
        SandboxScenario.AnswersAnotherAmount => (ProviderOutcome.Succeeded, intent.Amount > 100 ? intent.Amount - 100 : intent.Amount + 100),
        _ => (ProviderOutcome.Succeeded, intent.Amount),
    };

    private string Body(PaymentIntent intent, string eventName, decimal amount) => JsonSerializer.Serialize(new SandboxWebhookBody(
        eventName, TransactionIdOf(intent), intent.Id.ToString(), amount, intent.Currency, intent.PayerPhone, clock.GetUtcNow()), Json);

    private static ProviderConfirmation Read(byte[] body)
    {
        SandboxWebhookBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<SandboxWebhookBody>(body, Json);
        }
        catch (JsonException)
        {
            parsed = null;
        }
        var outcome = parsed?.Event switch
        {
            "payment.succeeded" => ProviderOutcome.Succeeded,
            "payment.failed" => ProviderOutcome.Failed,
            _ => (ProviderOutcome?)null,
        };
        if (parsed is null || outcome is null || string.IsNullOrWhiteSpace(parsed.ProviderTransactionId) || parsed.ProviderTransactionId.Length > 100
            || parsed.Amount <= 0 || parsed.Currency is not { Length: 3 } || parsed.Reference is { Length: > 100 })
            throw new ValidationException("body", "The delivery's body is not a notification this provider sends ({0}).", "docs/payments.md");
        return new ProviderConfirmation(outcome.Value, parsed.ProviderTransactionId, parsed.Reference, parsed.Amount, parsed.Currency,
            parsed.PayerPhone is { Length: <= 16 } phone ? phone : null, parsed.OccurredAt);
    }
}
