using System.Net.Http.Json;

namespace Microfinance.FunctionalTests.Support;

/// <summary>Builds the banking situations tests start from, through the API only, as staff would.</summary>
public sealed class Banking(TestApp app)
{
    private int _phoneSuffix = Random.Shared.Next(1_000_000, 8_000_000);

    /// <summary>A product of the demo institution with the given terms (code must be unique per test class).</summary>
    public async Task<Guid> CreateProductAsync(string code, decimal minimumBalance = 0, decimal openingFee = 0, decimal? threshold = null,
        string kind = "Savings", bool singleStep = false, decimal? annualInterestRatePercent = null)
    {
        var admin = await app.As("sfd.admin");
        using var response = await admin.PostJsonAsync("/api/v1/deposit-products", new
        {
            code,
            name = $"Produit {code}",
            kind,
            annualInterestRatePercent = annualInterestRatePercent ?? (kind == "Savings" ? 3.5m : 0m),
            minimumBalance,
            openingFee,
            withdrawalApprovalThreshold = threshold,
            allowsSingleStepOpening = singleStep,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>A client with an ID document on file (so KYC is complete) and a unique phone.</summary>
    public async Task<Guid> CreateClientAsync(string firstName = "Adjoa", string lastName = "Mensah", string? idNumber = null)
    {
        var agent = await app.As("agent");
        var suffix = Interlocked.Increment(ref _phoneSuffix);
        using var response = await agent.PostJsonAsync("/api/v1/clients", new
        {
            firstName,
            lastName,
            gender = "Female",
            dateOfBirth = "1988-04-12",
            phone = $"+2299{suffix:D7}",
            city = "Cotonou",
            occupation = "Commerçante",
            idDocumentType = "NationalIdCard",
            idDocumentNumber = idNumber ?? $"CI{suffix}",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Requested by the agent, approved by the supervisor, activated by the agent: the normal path.</summary>
    public async Task<Guid> OpenActiveAccountAsync(Guid productId, Guid? clientId = null)
    {
        var agent = await app.As("agent");
        var supervisor = await app.As("supervisor");
        using var opened = await agent.PostJsonAsync("/api/v1/accounts", new { clientId = clientId ?? await CreateClientAsync(), productId });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = (await opened.JsonAsync()).GetProperty("id").GetGuid();
        (await supervisor.PostJsonAsync($"/api/v1/accounts/{id}/approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await agent.PostJsonAsync($"/api/v1/accounts/{id}/activate", new { channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    public async Task<JsonElement> DepositAsync(Guid accountId, decimal amount, string? key = null)
    {
        using var response = await SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{accountId}/deposits", new { amount, channel = "Cash" }, key);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public async Task<decimal> BalanceAsync(Guid accountId) =>
        (await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{accountId}")).JsonAsync()).GetProperty("balance").GetDecimal();

    /// <summary>The ledger's own verdict on every invariant.</summary>
    public async Task<JsonElement> VerifyAsync() =>
        await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/verify")).JsonAsync();

    public static Task<HttpResponseMessage> SendMoneyAsync(HttpClient client, string url, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: TestApp.Json) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }
}

public static class LedgerAssertions
{
    public static void ShouldBeOk(this JsonElement verification) =>
        verification.GetProperty("ok").GetBoolean().Should().BeTrue(verification.ToString());
}
