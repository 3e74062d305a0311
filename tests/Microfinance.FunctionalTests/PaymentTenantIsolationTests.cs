namespace Microfinance.FunctionalTests;

/// <summary>A webhook's institution is its provider account's: it can settle only that institution's intents.</summary>
public sealed class PaymentTenantIsolationTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly Paying _paying = new(app);

    [Fact]
    public async Task A_delivery_through_another_institutions_provider_cannot_settle_an_intent_and_stays_its_orphan()
    {
        var code = $"P{Guid.NewGuid():N}"[..10];
        using var created = await (await app.As("platform.admin")).PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin B", adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var adminB = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");
        var providerB = $"sandbox-{code.ToLowerInvariant()}";
        (await adminB.PostJsonAsync("/api/v1/payments/providers", new { code = providerB, kind = "Sandbox", name = "Sandbox B" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        await (await adminB.PostJsonAsync("/api/v1/payments/providers", new { code = "sandbox", kind = "Sandbox", name = "Vol de route" }))
            .ShouldBeProblemAsync(409, "provider_code_taken");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("ISOP"));
        var intentOfA = await _paying.IntentAsync("Deposit", account, 5_000);

        (await Paying.OutcomeAsync(await _paying.DeliverAsync(Paying.Body(intentOfA, 5_000, $"TX-{Guid.NewGuid():N}"), provider: providerB)))
            .Should().Be("Orphan");

        (await _paying.PaymentAsync(intentOfA)).GetProperty("status").GetString().Should().Be("Pending");
        (await _banking.BalanceAsync(account)).Should().Be(0);
        var orphansOfB = await (await adminB.GetAsync("/api/v1/payments/orphans")).JsonAsync();
        orphansOfB.GetProperty("items").EnumerateArray().Single().GetProperty("reference").GetString().Should().Be(intentOfA.ToString());
        var orphansOfA = await (await app.As("supervisor")).GetAsync("/api/v1/payments/orphans?pageSize=100");
        (await orphansOfA.JsonAsync()).GetProperty("items").EnumerateArray()
            .Should().NotContain(o => o.GetProperty("reference").GetString() == intentOfA.ToString());
        await (await adminB.GetAsync($"/api/v1/payments/{intentOfA}")).ShouldBeProblemAsync(404);
        await (await adminB.PostJsonAsync($"/api/v1/payments/{intentOfA}/reconcile")).ShouldBeProblemAsync(404);
        // B cannot start a payment through A's provider account either: B has no such provider.
        await (await adminB.PostJsonAsync("/api/v1/payments", new { purpose = "Deposit", targetId = account, amount = 1_000, payerPhone = Paying.Pays, provider = "sandbox" }))
            .ShouldBeProblemAsync(400, "validation_failed");
    }
}
