namespace Microfinance.FunctionalTests;

/// <summary>
/// What the end of day keeps for the dashboards — each branch's portfolio of the day, the sums of the days that are
/// over — in an institution of its own (a fresh database): a branch's totals here are these tests' loans only.
/// </summary>
public sealed class DashboardEndOfDayTests(TestApp app) : IClassFixture<TestApp>
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

    [Fact]
    public async Task Summing_the_days_that_are_over_changes_no_figure_of_the_dashboards()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DSUM"));
        var first = await _banking.DepositAsync(account, 70_000);
        await _banking.DepositAsync(account, 30_000);
        using (var withdrawn = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/withdrawals", new { amount = 5_000, channel = "Cash" }))
            withdrawn.StatusCode.Should().Be(HttpStatusCode.Created, await withdrawn.Content.ReadAsStringAsync());
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/transactions/{first.GetProperty("id").GetGuid()}/reverse", new { reason = "Doublon" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        // What was recorded so far becomes yesterday's (as if the day had ended), and what follows stays today's. Journal
        // entries are append-only (a trigger refuses UPDATE): the test moves time back with triggers off for this statement.
        await app.ExecuteSqlAsync("SET session_replication_role = replica; UPDATE account_transactions SET created_at = created_at - interval '1 day'; " +
            "UPDATE journal_entries SET posted_at = posted_at - interval '1 day'; SET session_replication_role = origin");
        await _banking.DepositAsync(account, 12_000);
        var before = await DashboardsAsync();

        (await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/jobs/end-of-day", new { })).EnsureSuccessStatusCode();

        (await app.ScalarAsync<long>("SELECT count(*) FROM movement_day_totals")).Should().BeGreaterThan(0);
        (await app.ScalarAsync<long>("SELECT count(*) FROM ledger_day_totals")).Should().BeGreaterThan(0);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM movement_day_totals WHERE recorded_on >= '{Lending.Today:yyyy-MM-dd}'")).Should().Be(0, "today is not over");
        var after = await DashboardsAsync();
        after.Should().Be(before, "the days summed and today's live part add up to what every movement adds up to");
        var months = (await (await (await app.As("sfd.admin")).GetAsync("/api/v1/dashboard")).JsonAsync()).GetProperty("manager").GetProperty("months").EnumerateArray().ToList();
        months[^1].GetProperty("deposits").GetDecimal().Should().Be(30_000 + 12_000 + await DepositsOfOtherTestsAsync(), "the reversed deposit is taken back");
        months[^1].GetProperty("withdrawals").GetDecimal().Should().BeGreaterThanOrEqualTo(5_000);
        var cash = JsonDocument.Parse(after.Treasury).RootElement.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "101");
        cash.GetProperty("balance").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            "SELECT sum(l.debit - l.credit) FROM journal_lines l JOIN gl_accounts a ON a.id = l.gl_account_id WHERE a.code = '101'"));
    }

    /// <summary>This month's deposits, net of reversed ones, on accounts other than this test's (the other test's loans touch none).</summary>
    private Task<decimal> DepositsOfOtherTestsAsync() => app.ScalarAsync<decimal>(
        $"SELECT coalesce(sum(amount), 0) FROM account_transactions t WHERE type = 'Deposit' AND reversed_at IS NULL AND value_date >= '{Lending.Today:yyyy-MM}-01' " +
        "AND NOT EXISTS (SELECT 1 FROM deposit_accounts a JOIN deposit_products p ON p.id = a.product_id WHERE a.id = t.account_id AND p.code = 'DSUM')");

    /// <summary>The figures the day sums feed: each month's deposits and withdrawals, and the treasury balances.</summary>
    private async Task<(string Flows, string Treasury)> DashboardsAsync()
    {
        var admin = await (await (await app.As("sfd.admin")).GetAsync("/api/v1/dashboard")).JsonAsync();
        var accountant = await (await (await app.As("accountant")).GetAsync("/api/v1/dashboard")).JsonAsync();
        var flows = admin.GetProperty("manager").GetProperty("months").EnumerateArray()
            .Select(m => $"{m.GetProperty("month").GetString()}: {m.GetProperty("deposits").GetDecimal()} / {m.GetProperty("withdrawals").GetDecimal()}");
        return (string.Join("; ", flows), accountant.GetProperty("accountant").GetProperty("treasury").GetRawText());
    }
}
