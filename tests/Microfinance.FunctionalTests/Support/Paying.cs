using System.Net.Http.Headers;
using System.Text;
using Microfinance.Infrastructure.Payments;

namespace Microfinance.FunctionalTests.Support;

/// <summary>Mobile-money payments through the API, and provider deliveries signed as the sandbox signs them.</summary>
public sealed class Paying(TestApp app)
{
    /// <summary>Payer numbers of the sandbox's table (docs/payments.md).</summary>
    public const string Pays = "+22961234567";
    public const string Fails = "+22997000002";
    public const string NeverAnswers = "+22997000003";
    public const string AnswersAnotherAmount = "+22997000004";
    public const string AnswersTwice = "+22997000005";
    /// <summary>The sandbox sends nothing: the test is the provider.</summary>
    public const string StaysPending = "+22997000006";

    public async Task<HttpResponseMessage> CreateAsync(string purpose, Guid targetId, decimal amount, string payerPhone, string provider = "sandbox",
        string user = "agent") =>
        await (await app.As(user)).PostJsonAsync("/api/v1/payments", new { purpose, targetId, amount, payerPhone, provider });

    public async Task<Guid> IntentAsync(string purpose, Guid targetId, decimal amount, string payerPhone = StaysPending, string provider = "sandbox")
    {
        using var created = await CreateAsync(purpose, targetId, amount, payerPhone, provider);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.JsonAsync()).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> PaymentAsync(Guid id, string user = "supervisor") =>
        await (await (await app.As(user)).GetAsync($"/api/v1/payments/{id}")).JsonAsync();

    /// <summary>Polls until the payment leaves Pending (the sandbox's webhook travels over real HTTP), at most 15 s.</summary>
    public async Task<JsonElement> SettledAsync(Guid id)
    {
        for (var waited = 0; waited < 15_000; waited += 100)
        {
            var payment = await PaymentAsync(id);
            if (payment.GetProperty("status").GetString() != "Pending") return payment;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Payment {id} is still pending after 15 s.");
    }

    public static byte[] Body(Guid reference, decimal amount, string transactionId, string eventName = "payment.succeeded", string currency = "XOF") =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            @event = eventName,
            providerTransactionId = transactionId,
            reference = reference.ToString(),
            amount,
            currency,
            payerPhone = StaysPending,
            occurredAt = DateTimeOffset.UtcNow,
        }));

    /// <summary>Posts a delivery to the webhook, signed with <paramref name="secret"/> at <paramref name="signedAt"/> unless a signature header is given.</summary>
    public Task<HttpResponseMessage> DeliverAsync(byte[] body, string provider = "sandbox", string secret = ApiFactory.WebhookSecret,
        DateTimeOffset? signedAt = null, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/payments/webhooks/{provider}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.Header, signature ?? WebhookSignature.Sign(secret, body, signedAt ?? DateTimeOffset.UtcNow));
        return app.Anonymous().SendAsync(request);
    }

    public static async Task<string> OutcomeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("outcome").GetString()!;
    }

    public async Task<JsonElement> ProviderAsync(string code = "sandbox")
    {
        var providers = await (await (await app.As("sfd.admin")).GetAsync("/api/v1/payments/providers")).JsonAsync();
        return providers.EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);
    }
}
