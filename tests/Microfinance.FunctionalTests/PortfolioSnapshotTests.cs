namespace Microfinance.FunctionalTests;

/// <summary>
/// The daily portfolio snapshots behind the dashboards' PAR trend, in an institution of their own (a fresh database):
/// a branch's totals here are this test's loans only.
/// </summary>
public sealed class PortfolioSnapshotTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    [Fact]
    public async Task The_end_of_day_records_the_portfolio_of_the_day_and_a_past_day_is_replayed_from_the_repayments_valued_by_then()
    {
        var products = await Lending.CreateProductAsync("DEOD");
        var disbursed = Lending.Today.AddMonths(-2).AddDays(-5);
        var loan = await Lending.ActiveLoanAsync(products, 100_000, 4, 0, disbursed);
        // Paid today, so at the end of the first due date's week the first installment was still unpaid then.
        (await Lending.RepayAsync(loan, 25_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        var admin = await app.As("sfd.admin");
        var firstDue = disbursed.AddMonths(1);

        (await admin.PostJsonAsync("/api/v1/jobs/end-of-day", new { date = firstDue.AddDays(5).ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/jobs/end-of-day", new { })).EnsureSuccessStatusCode();

        var branch = await app.ScalarAsync<Guid>($"SELECT branch_id FROM loans WHERE id = '{loan}'");
        async Task<(decimal Outstanding, decimal AtRisk1, decimal AtRisk30)> SnapshotAsync(DateOnly day) => (
            await app.ScalarAsync<decimal>($"SELECT outstanding FROM portfolio_snapshots WHERE branch_id = '{branch}' AND date = '{day:yyyy-MM-dd}'"),
            await app.ScalarAsync<decimal>($"SELECT at_risk1 FROM portfolio_snapshots WHERE branch_id = '{branch}' AND date = '{day:yyyy-MM-dd}'"),
            await app.ScalarAsync<decimal>($"SELECT at_risk30 FROM portfolio_snapshots WHERE branch_id = '{branch}' AND date = '{day:yyyy-MM-dd}'"));
        var then = await SnapshotAsync(firstDue.AddDays(5));
        var now = await SnapshotAsync(Lending.Today);

        then.AtRisk1.Should().Be(100_000, "the loan owed its first installment five days before and had paid nothing by then");
        then.AtRisk30.Should().Be(0, "five days late is not thirty");
        now.AtRisk1.Should().Be(75_000, "today the second installment is late: the whole outstanding principal is at risk");
        now.AtRisk30.Should().Be(0, "the installment due more than thirty days ago is paid");
        (then.Outstanding - now.Outstanding).Should().Be(25_000, "the repayment valued today lowers today's outstanding principal, not that day's");
        var par = await (await (await app.As("supervisor")).GetAsync("/api/v1/reports/portfolio-at-risk")).JsonAsync();
        now.Outstanding.Should().Be(par.GetProperty("byBranch").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == branch)
            .GetProperty("figures").GetProperty("outstandingPrincipal").GetDecimal(), "today's snapshot is the PAR report's figure");

        var months = (await (await (await app.As("sfd.admin")).GetAsync("/api/v1/dashboard")).JsonAsync()).GetProperty("manager").GetProperty("months").EnumerateArray().ToList();
        months[^1].GetProperty("outstanding").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            $"SELECT sum(outstanding) FROM portfolio_snapshots WHERE date = '{Lending.Today:yyyy-MM-dd}'"));
    }
}
