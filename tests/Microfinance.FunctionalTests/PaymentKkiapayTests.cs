using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microfinance.Infrastructure.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microfinance.FunctionalTests;

/// <summary>
/// A KKiaPay-shaped provider against a local fake of its status API: the webhook's shared secret is checked, and the
/// transaction is settled as the status API — not the webhook's body — describes it.
/// </summary>
public sealed class PaymentKkiapayTests(PaymentKkiapayTests.WithFakeKkiapay app) : IClassFixture<PaymentKkiapayTests.WithFakeKkiapay>
{
    public const string Provider = "kkiapay-test";
    public const string Secret = "kkiapay-test-shared-secret";

    /// <summary>The application, with a fake KKiaPay status API on a real socket that answers what the test registers.</summary>
    public sealed class WithFakeKkiapay : TestApp
    {
        private WebApplication? _fake;
        public ConcurrentDictionary<string, (string Status, decimal Amount)> Transactions { get; } = new();
        public ConcurrentQueue<(string TransactionId, string? PrivateKey)> StatusCalls { get; } = new();
        private string _fakeUrl = "";

        protected override Dictionary<string, string?> Settings => new()
        {
            [$"Payments:Providers:{Provider}:WebhookSecret"] = Secret,
            [$"Payments:Providers:{Provider}:BaseUrl"] = _fakeUrl,
            [$"Payments:Providers:{Provider}:PrivateKey"] = "tpk_fake",
        };

        public override async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _fake = builder.Build();
            _fake.MapPost("/api/v1/transactions/status", async (HttpContext http) =>
            {
                var body = await JsonDocument.ParseAsync(http.Request.Body);
                var id = body.RootElement.GetProperty("transactionId").GetString()!;
                StatusCalls.Enqueue((id, http.Request.Headers["x-private-key"].ToString()));
                return Transactions.TryGetValue(id, out var t)
                    ? Results.Json(new { status = t.Status, amount = t.Amount, transactionId = id })
                    : Results.NotFound();
            });
            await _fake.StartAsync();
            _fakeUrl = _fake.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            if (_fake is not null) await _fake.DisposeAsync();
        }
    }

    private readonly Banking _banking = new(app);
    private readonly Paying _paying = new(app);

    private async Task EnsureProviderAsync()
    {
        var admin = await app.As("sfd.admin");
        var providers = await (await admin.GetAsync("/api/v1/payments/providers")).JsonAsync();
        if (providers.EnumerateArray().Any(p => p.GetProperty("code").GetString() == Provider)) return;
        (await admin.PostJsonAsync("/api/v1/payments/providers", new { code = Provider, kind = "Kkiapay", name = "KKiaPay test" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> DeliverAsync(string transactionId, Guid partnerId, string? secret = Secret, bool claimsSuccess = true)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            transactionId, isPaymentSucces = claimsSuccess, account = "22961000000", label = "MTN Bénin", method = "MOBILE_MONEY", amount = 999_999,
            fees = 0, partnerId = partnerId.ToString(), performedAt = DateTimeOffset.UtcNow, @event = "transaction.success",
        }));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/payments/webhooks/{Provider}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null) request.Headers.Add(KkiapayGateway.SecretHeader, secret);
        return app.Anonymous().SendAsync(request);
    }

    [Fact]
    public async Task A_payment_is_started_with_a_checkout_link_and_settled_as_the_status_API_says()
    {
        await EnsureProviderAsync();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("KKP1"));
        using var created = await _paying.CreateAsync("Deposit", account, 5_000, Paying.Pays, provider: Provider);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var intent = await created.JsonAsync();
        var id = intent.GetProperty("id").GetGuid();
        intent.GetProperty("checkoutUrl").GetString().Should().Contain($"partnerId={id}").And.Contain("amount=5000");
        var transaction = $"KKP-{Guid.NewGuid():N}";
        app.Transactions[transaction] = ("SUCCESS", 5_000);

        // The body claims 999 999 F; the status API says 5 000: what is posted is what the provider's API confirms.
        (await Paying.OutcomeAsync(await DeliverAsync(transaction, id))).Should().Be("Posted");
        (await Paying.OutcomeAsync(await DeliverAsync(transaction, id))).Should().Be("Duplicate");

        (await _banking.BalanceAsync(account)).Should().Be(5_000);
        app.StatusCalls.Should().Contain((transaction, "tpk_fake"));
    }

    [Fact]
    public async Task A_wrong_or_missing_shared_secret_is_401_and_the_status_API_is_not_even_asked()
    {
        await EnsureProviderAsync();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("KKP2"));
        var id = await _paying.IntentAsync("Deposit", account, 5_000, Paying.Pays, provider: Provider);
        var transaction = $"KKP-{Guid.NewGuid():N}";
        app.Transactions[transaction] = ("SUCCESS", 5_000);

        await (await DeliverAsync(transaction, id, secret: "guessed")).ShouldBeProblemAsync(401, "webhook_rejected");
        await (await DeliverAsync(transaction, id, secret: null)).ShouldBeProblemAsync(401, "webhook_rejected");

        app.StatusCalls.Should().NotContain(c => c.TransactionId == transaction);
        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Pending");
    }

    [Fact]
    public async Task A_webhook_claiming_success_for_a_transaction_the_status_API_says_failed_fails_the_payment()
    {
        await EnsureProviderAsync();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("KKP3"));
        var id = await _paying.IntentAsync("Deposit", account, 5_000, Paying.Pays, provider: Provider);
        var transaction = $"KKP-{Guid.NewGuid():N}";
        app.Transactions[transaction] = ("FAILED", 5_000);

        (await Paying.OutcomeAsync(await DeliverAsync(transaction, id))).Should().Be("Failed");

        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task A_status_API_that_does_not_know_the_transaction_leaves_everything_unchanged_for_the_provider_to_retry()
    {
        await EnsureProviderAsync();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("KKP4"));
        var id = await _paying.IntentAsync("Deposit", account, 5_000, Paying.Pays, provider: Provider);

        using var response = await DeliverAsync($"KKP-UNKNOWN-{Guid.NewGuid():N}", id);

        ((int)response.StatusCode).Should().BeGreaterThanOrEqualTo(500, "KKiaPay retries a delivery answered with an error");
        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Pending");
    }
}
