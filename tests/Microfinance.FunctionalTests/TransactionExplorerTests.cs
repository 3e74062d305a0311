namespace Microfinance.FunctionalTests;

/// <summary>The transaction explorer: cumulative filters, sorts, the filtered set's totals, and no filter ignored.</summary>
public sealed class TransactionExplorerTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task Filters_add_up_and_the_totals_are_those_of_the_whole_filtered_set()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("TXEX"));
        await _banking.DepositAsync(account, 10_000);
        await _banking.DepositAsync(account, 60_000);
        await _banking.DepositAsync(account, 25_000);
        var mistaken = await _banking.DepositAsync(account, 7_000);
        var supervisor = await app.As("supervisor");
        using var reversal = await Banking.SendMoneyAsync(supervisor, $"/api/v1/transactions/{mistaken.GetProperty("id").GetGuid()}/reverse",
            new { reason = "Erreur de saisie" }, Guid.NewGuid().ToString());
        reversal.StatusCode.Should().Be(HttpStatusCode.OK, await reversal.Content.ReadAsStringAsync());
        var accountant = await app.As("accountant");

        async Task<JsonElement> Explore(string filters) =>
            await (await accountant.GetAsync($"/api/v1/transactions?accountId={account}&{filters}")).JsonAsync();
        static decimal[] Amounts(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("amount").GetDecimal())];

        var large = await Explore("type=Deposit&minAmount=20000&reversed=false&pageSize=1&sort=-amount");
        Amounts(large).Should().Equal(60_000);
        large.GetProperty("totalCount").GetInt32().Should().Be(2, "60 000 and 25 000, the page shows one");
        large.GetProperty("totals").GetProperty("credits").GetDecimal().Should().Be(85_000, "totals are over the filtered set, not the page");

        Amounts(await Explore("type=Deposit&sort=amount")).Should().Equal(7_000, 10_000, 25_000, 60_000);
        Amounts(await Explore("reversed=true")).Should().Equal(7_000);
        var reversals = await Explore("type=Reversal");
        Amounts(reversals).Should().Equal(7_000);
        reversals.GetProperty("totals").GetProperty("debits").GetDecimal().Should().Be(7_000);
        (await Explore("channel=MobileMoney")).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await Explore($"from={Lending.Today.AddDays(1):yyyy-MM-dd}")).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await Explore("minAmount=8000&maxAmount=30000&type=Deposit")).GetProperty("totalCount").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task A_filter_the_explorer_does_not_know_or_a_range_upside_down_is_a_400_never_ignored()
    {
        var agent = await app.As("agent");

        var unknown = await (await agent.GetAsync("/api/v1/transactions?category=Commerce")).ShouldBeProblemAsync(400);
        unknown.GetProperty("errors").GetProperty("category")[0].GetString().Should().Contain("minAmount");
        (await (await agent.GetAsync("/api/v1/transactions?minAmount=100&maxAmount=10")).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetProperty("maxAmount").GetArrayLength().Should().Be(1);
        (await (await agent.GetAsync("/api/v1/transactions?sort=size")).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetProperty("sort")[0].GetString().Should().Contain("-amount");
        await (await agent.GetAsync("/api/v1/transactions?type=Gift")).ShouldBeProblemAsync(400);
        await (await agent.GetAsync("/api/v1/transactions?channel=2")).ShouldBeProblemAsync(400);
    }
}
