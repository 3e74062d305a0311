namespace Microfinance.FunctionalTests;

/// <summary>An application whose demo data includes clients and months of operations, seeded at start-up as by `make run`.</summary>
public sealed class DemoApp : TestApp
{
    protected override Dictionary<string, string?> Settings => new() { ["Seed:DemoData"] = "true", ["Seed:DemoClients"] = "60" };
}

public sealed class DemoDataTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Demo_seeding_goes_through_the_use_cases_and_leaves_a_verified_ledger()
    {
        var accountant = await app.As("accountant");
        var verdict = await (await accountant.GetAsync("/api/v1/accounting/verify")).JsonAsync();
        verdict.ShouldBeOk();

        var agent = await app.As("agent");
        (await (await agent.GetAsync("/api/v1/clients")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(60);
        (await (await agent.GetAsync("/api/v1/clients?status=PendingKyc")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(6);
        var accounts = await (await agent.GetAsync("/api/v1/accounts?status=Active&pageSize=100")).JsonAsync();
        accounts.GetProperty("items").EnumerateArray().Should().Contain(a => a.GetProperty("balance").GetDecimal() > 0);

        var supervisor = await app.As("supervisor");
        (await (await supervisor.GetAsync("/api/v1/withdrawals?status=Pending")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().BePositive();
        (await (await supervisor.GetAsync("/api/v1/accounts?status=Requested")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().BePositive();

        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=Deposit&pageSize=1")).JsonAsync();
        trail.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().Be("agent", "demo operations are recorded as the demo users' own");
    }

    [Fact]
    public async Task Demo_loans_cover_the_workflow_and_some_are_late()
    {
        var supervisor = await app.As("supervisor");
        var loans = await (await supervisor.GetAsync("/api/v1/loans?pageSize=100")).JsonAsync();
        var statuses = loans.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("status").GetString()).Distinct().ToList();
        statuses.Should().Contain(["Draft", "Submitted", "UnderReview", "Recommended", "Approved", "Rejected", "Cancelled", "Active", "Repaid"]);
        var par = await (await supervisor.GetAsync("/api/v1/reports/portfolio-at-risk")).JsonAsync();
        par.GetProperty("overall").GetProperty("par1").GetDecimal().Should().BePositive("some demo loans are late");
    }

    [Fact]
    public async Task Demo_products_exist_with_their_terms()
    {
        var products = await (await (await app.As("agent")).GetAsync("/api/v1/deposit-products")).JsonAsync();
        var savings = products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "EPARGNE");
        savings.GetProperty("withdrawalApprovalThreshold").GetDecimal().Should().Be(500_000);
        products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "COURANT").GetProperty("allowsSingleStepOpening").GetBoolean().Should().BeTrue();
    }
}
