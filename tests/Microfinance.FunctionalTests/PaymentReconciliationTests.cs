using Microfinance.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Microfinance.FunctionalTests;

/// <summary>
/// Payments the provider never confirms by webhook: the reconciliation job asks its status API and settles them, or
/// expires them — once, however many instances run the job at the same time.
/// </summary>
public sealed class PaymentReconciliationTests(PaymentReconciliationTests.ImpatientApp app) : IClassFixture<PaymentReconciliationTests.ImpatientApp>
{
    /// <summary>Reconciles at once and expires what is still pending then: the test need not wait minutes and hours.</summary>
    public sealed class ImpatientApp : TestApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Payments:ReconcileAfterMinutes"] = "0",
            ["Payments:ExpireAfterHours"] = "0",
            ["RateLimiting:Webhooks:PermitsPerSecond"] = "5",
        };
    }

    private readonly Banking _banking = new(app);
    private readonly Paying _paying = new(app);

    private Task<int> RunJobAsync() => app.Services.GetRequiredService<PaymentReconciliationJob>().RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_payment_whose_provider_never_answers_is_settled_by_reconciliation_once_even_when_two_instances_run_it()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RECA"));
        var id = await _paying.IntentAsync("Deposit", account, 4_500, Paying.NeverAnswers);
        await Task.Delay(500);
        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Pending", "the sandbox sends no webhook for this number");

        await Task.WhenAll(RunJobAsync(), RunJobAsync());

        var payment = await _paying.PaymentAsync(id);
        payment.GetProperty("status").GetString().Should().Be("Succeeded");
        payment.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Should().Equal("Created", "Verified", "Posted");
        (await _banking.BalanceAsync(account)).Should().Be(4_500);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_payment_the_provider_still_has_not_settled_expires()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RECB"));
        var id = await _paying.IntentAsync("Deposit", account, 4_500, Paying.StaysPending);

        await RunJobAsync();

        (await _paying.PaymentAsync(id)).GetProperty("status").GetString().Should().Be("Expired");
        // A late confirmation of an expired intent is money that arrived for nothing: an orphan, never silent.
        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(id, 4_500, $"TX-{Guid.NewGuid():N}")))).Should().Be("Orphan");
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task A_supervisor_can_reconcile_one_payment_at_once()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("RECC"));
        var id = await _paying.IntentAsync("Deposit", account, 1_000, Paying.NeverAnswers);

        using var reconciled = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/payments/{id}/reconcile");

        reconciled.StatusCode.Should().Be(HttpStatusCode.OK, await reconciled.Content.ReadAsStringAsync());
        (await reconciled.JsonAsync()).GetProperty("status").GetString().Should().Be("Succeeded");
        await (await (await app.As("auditor")).PostJsonAsync($"/api/v1/payments/{id}/reconcile")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task A_burst_beyond_the_webhooks_rate_limit_is_429_with_retry_after()
    {
        var body = Paying.Body(Guid.NewGuid(), 1_000, "TX-BURST", "payment.failed");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => _paying.DeliverAsync(body)));

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.Should().NotBeEmpty();
        limited[0].Headers.RetryAfter.Should().NotBeNull();
        await limited[0].ShouldBeProblemAsync(429, "webhook_rate_limited");
    }
}
