using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Payments;
using Microfinance.Domain.Payments;
using Microsoft.Extensions.Configuration;

namespace Microfinance.Infrastructure.Payments;

/// <summary>
/// A KKiaPay-shaped aggregator. Its webhook proves itself with a shared secret (<c>x-kkiapay-secret</c>), not a
/// signature, so its body is not trusted: the transaction it names is confirmed by calling the provider's status API,
/// and what that API answers — status and amount — is what is settled. Our intent's id travels as <c>partnerId</c>.
/// KKiaPay collects in XOF only.
/// </summary>
public sealed class KkiapayGateway(IHttpClientFactory http, IConfiguration configuration, TimeProvider clock) : IPaymentGateway
{
    public const string HttpClientName = "kkiapay";
    public const string SecretHeader = "x-kkiapay-secret";
    private const string Currency = "XOF";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PaymentProviderKind Kind => PaymentProviderKind.Kkiapay;

    /// <summary>Payments start on the payer's side, on KKiaPay's page: nothing to call, a link to give.</summary>
    public Task<PaymentInstructions> StartAsync(PaymentProvider provider, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var options = KkiapayOptions.For(configuration, provider.Code);
        var amount = intent.Amount.ToString("0", CultureInfo.InvariantCulture);
        var url = $"{options.CheckoutUrl.TrimEnd('/')}/?amount={amount}&key={Uri.EscapeDataString(options.PublicKey)}" +
                  $"&phone={Uri.EscapeDataString(intent.PayerPhone.TrimStart('+'))}&partnerId={intent.Id}";
        var shown = intent.Amount.ToString("#,0", CultureInfo.GetCultureInfo("fr-FR"));
        return Task.FromResult(new PaymentInstructions(null,
            $"Le payeur ouvre la page de paiement KKiaPay et valide {shown} {intent.Currency} depuis le {intent.PayerPhone}.", url));
    }

    public async Task<WebhookCheck> VerifyAsync(PaymentProvider provider, WebhookRequest request, CancellationToken cancellationToken)
    {
        var options = KkiapayOptions.For(configuration, provider.Code);
        if (string.IsNullOrEmpty(options.WebhookSecret)) return WebhookCheck.Rejected("secret_not_configured");
        if (request.Header(SecretHeader) is not { Length: > 0 } given) return WebhookCheck.Rejected("signature_missing");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.WebhookSecret)))
            return WebhookCheck.Rejected("signature_mismatch");

        var delivery = Read(request.Body);
        var status = await StatusAsync(options, delivery.TransactionId, cancellationToken);
        return WebhookCheck.Accepted(Confirmation(status, delivery.TransactionId, delivery.PartnerId));
    }

    /// <summary>KKiaPay's status API is asked by its transaction id, which a webhook brings: without one, the intent stays pending (and expires).</summary>
    public async Task<ProviderConfirmation> QueryAsync(PaymentProvider provider, PaymentIntent intent, CancellationToken cancellationToken)
    {
        if (intent.ProviderTransactionId is not { } transactionId)
            return new ProviderConfirmation(ProviderOutcome.Pending, "", intent.Id.ToString(), intent.Amount, intent.Currency, intent.PayerPhone, clock.GetUtcNow());
        var status = await StatusAsync(KkiapayOptions.For(configuration, provider.Code), transactionId, cancellationToken);
        return Confirmation(status, transactionId, intent.Id.ToString());
    }

    private async Task<KkiapayStatus> StatusAsync(KkiapayOptions options, string transactionId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{options.BaseUrl.TrimEnd('/')}/api/v1/transactions/status")
        {
            Content = JsonContent.Create(new { transactionId }),
        };
        request.Headers.Add("x-api-key", options.PublicKey);
        request.Headers.Add("x-private-key", options.PrivateKey);
        request.Headers.Add("x-secret-key", options.SecretKey);
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
        // A failure here is the provider's: the webhook is answered 500 and KKiaPay retries it.
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<KkiapayStatus>(Json, ct)
            ?? throw new InvalidOperationException($"KKiaPay answered an empty status for {transactionId}.");
    }

    private ProviderConfirmation Confirmation(KkiapayStatus status, string transactionId, string? reference) => new(
        status.Status?.ToUpperInvariant() switch
        {
            "SUCCESS" => ProviderOutcome.Succeeded,
            "FAILED" or "CANCELLED" or "REVERTED" => ProviderOutcome.Failed,
            _ => ProviderOutcome.Pending,
        },
        transactionId, reference, status.Amount, Currency, null, clock.GetUtcNow());

    private static KkiapayWebhookBody Read(byte[] body)
    {
        KkiapayWebhookBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<KkiapayWebhookBody>(body, Json);
        }
        catch (JsonException)
        {
            parsed = null;
        }
        if (parsed is not { TransactionId: { Length: > 0 and <= 100 } } || parsed.PartnerId is { Length: > 100 })
            throw new ValidationException("body", "The delivery's body is not a notification this provider sends ({0}).", "docs/payments.md");
        return parsed;
    }

    /// <summary>The parts of KKiaPay's webhook we read; the rest (label, method, fees…) is ignored.</summary>
    private sealed record KkiapayWebhookBody(string TransactionId, string? PartnerId, [property: JsonPropertyName("isPaymentSucces")] bool? IsPaymentSuccess);

    private sealed record KkiapayStatus(string? Status, decimal Amount, string? TransactionId);
}
