using System.Globalization;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The monthly savings interest job (docs/savings-interest.md), over months of 2026 that each test has to itself; movements
/// are back-dated into them. Batches of two accounts, so that runs cross batch boundaries.
/// </summary>
public sealed class SavingsInterestTests(SavingsInterestTests.App app) : IClassFixture<SavingsInterestTests.App>
{
    public sealed class App : TestApp
    {
        protected override Dictionary<string, string?> Settings => new() { ["Jobs:SavingsInterest:BatchSize"] = "2" };
    }

    private readonly Banking _banking = new(app);

    [Fact]
    public async Task A_month_earns_the_rate_on_its_minimum_end_of_day_balance_once_with_a_statement_line_and_the_expense_in_601()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPINT"));
        await MoveAsync(account, "deposits", 100_000, "2026-01-20");
        await MoveAsync(account, "deposits", 50_000, "2026-02-05");
        await MoveAsync(account, "withdrawals", 80_000, "2026-02-12"); // 70 000 for a moment…
        await MoveAsync(account, "deposits", 10_000, "2026-02-12"); // …but the day ends at 80 000: the month's minimum
        await MoveAsync(account, "deposits", 30_000, "2026-02-13");
        await MoveAsync(account, "deposits", 500_000, "2026-02-28"); // the last day's deposit raises nothing

        var run = await RunAsync("accountant", "2026-02");

        // 80 000 × 3.5 % × 28 / 365 = 214.79 → 215 F
        run.GetProperty("accountsCredited").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        run.GetProperty("totalInterest").GetDecimal().Should().BeGreaterThanOrEqualTo(215);
        (await _banking.BalanceAsync(account)).Should().Be(610_000 + 215);
        var statement = await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}/statement?from=2026-02-01&to=2026-02-28")).JsonAsync();
        var line = statement.GetProperty("items").EnumerateArray().Last();
        line.GetProperty("type").GetString().Should().Be("Interest");
        line.GetProperty("amount").GetDecimal().Should().Be(215);
        line.GetProperty("isCredit").GetBoolean().Should().BeTrue();
        line.GetProperty("valueDate").GetString().Should().Be("2026-02-28");
        line.GetProperty("balanceAfter").GetDecimal().Should().Be(610_215);
        line.GetProperty("reference").GetString().Should().Be("2026-02");
        statement.GetProperty("closingBalance").GetDecimal().Should().Be(610_215);
        (await app.ScalarAsync<string>($"""
            SELECT string_agg(g.code || ':' || l.debit::int || ':' || l.credit::int, ',' ORDER BY l.debit DESC)
              FROM journal_lines l JOIN gl_accounts g ON g.id = l.gl_account_id
             WHERE l.entry_id = (SELECT journal_entry_id FROM account_transactions WHERE account_id = '{account}' AND type = 'Interest')
            """)).Should().Be("601:215:0,252:0:215", "the interest expense pays the member's savings");
        (await app.ScalarAsync<decimal>($"SELECT minimum_balance FROM savings_interest_postings WHERE account_id = '{account}'")).Should().Be(80_000);

        var again = await RunAsync("sfd.admin", "2026-02");
        again.GetProperty("accountsCredited").GetInt32().Should().Be(0, "the month is settled");
        again.GetProperty("totalInterest").GetDecimal().Should().Be(0);
        again.GetProperty("alreadyPosted").GetInt32().Should().Be(run.GetProperty("accountsCredited").GetInt32() + run.GetProperty("accountsWithoutInterest").GetInt32());
        (await _banking.BalanceAsync(account)).Should().Be(610_215);
        (await InterestLinesAsync(account)).Should().Be(1);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Two_runs_at_once_credit_each_account_once()
    {
        var product = await _banking.CreateProductAsync("EPCONC");
        var accounts = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var account = await _banking.OpenActiveAccountAsync(product);
            await MoveAsync(account, "deposits", 100_000, "2026-03-10");
            accounts.Add(account);
        }

        var runs = await Task.WhenAll(
            Banking.SendMoneyAsync(await app.As("accountant"), "/api/v1/jobs/savings-interest", new { month = "2026-04" }),
            Banking.SendMoneyAsync(await app.As("sfd.admin"), "/api/v1/jobs/savings-interest", new { month = "2026-04" }));

        runs.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        var results = await Task.WhenAll(runs.Select(r => r.JsonAsync()));
        results.Sum(r => r.GetProperty("accountsCredited").GetInt32()).Should().Be(
            (int)await app.ScalarAsync<long>("SELECT count(*) FROM savings_interest_postings WHERE month = '2026-04-01' AND amount > 0"),
            "between them the two runs credited each account once");
        foreach (var account in accounts)
        {
            // 100 000 × 3.5 % × 30 / 365 = 287.67 → 288 F
            (await _banking.BalanceAsync(account)).Should().Be(100_288);
            (await InterestLinesAsync(account)).Should().Be(1);
        }
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_product_at_zero_percent_and_a_month_begun_empty_post_nothing()
    {
        var unpaid = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPZERO", annualInterestRatePercent: 0));
        await MoveAsync(unpaid, "deposits", 100_000, "2026-05-03");
        var late = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPLATE"));
        await MoveAsync(late, "deposits", 100_000, "2026-06-15");

        var run = await RunAsync("accountant", "2026-06");

        run.GetProperty("accountsWithoutInterest").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        (await InterestLinesAsync(unpaid)).Should().Be(0);
        (await InterestLinesAsync(late)).Should().Be(0, "its month began at zero: the minimum is zero");
        (await app.ScalarAsync<long>($"SELECT count(*) FROM savings_interest_postings WHERE account_id = '{unpaid}'")).Should().Be(0, "a product without a rate is not run");
        (await app.ScalarAsync<decimal>($"SELECT amount FROM savings_interest_postings WHERE account_id = '{late}' AND month = '2026-06-01'"))
            .Should().Be(0, "the month is settled at nothing");
        (await _banking.BalanceAsync(unpaid)).Should().Be(100_000);
        (await _banking.BalanceAsync(late)).Should().Be(100_000);
    }

    [Fact]
    public async Task A_month_not_written_yyyy_MM_is_a_400_one_not_over_a_422_and_an_agent_may_not_run_it()
    {
        var accountant = await app.As("accountant");
        foreach (var month in new[] { "2026-13", "2026-1", "11/2026", "" })
            await (await accountant.PostJsonAsync("/api/v1/jobs/savings-interest", new { month })).ShouldBeProblemAsync(400);
        await (await accountant.PostJsonAsync("/api/v1/jobs/savings-interest", new { })).ShouldBeProblemAsync(400);

        var thisMonth = Lending.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var nextMonth = Lending.Today.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await (await accountant.PostJsonAsync("/api/v1/jobs/savings-interest", new { month = thisMonth })).ShouldBeProblemAsync(422, "month_not_over");
        await (await accountant.PostJsonAsync("/api/v1/jobs/savings-interest", new { month = nextMonth })).ShouldBeProblemAsync(422, "month_not_over");
        (await (await app.As("agent")).PostJsonAsync("/api/v1/jobs/savings-interest", new { month = "2026-01" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_scheduler_posts_last_month_as_the_system_actor()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("EPSCHED"));
        var lastMonth = new DateOnly(Lending.Today.Year, Lending.Today.Month, 1).AddMonths(-1);
        await MoveAsync(account, "deposits", 100_000, lastMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        // A second instance of the application on the same database, with the scheduler on: the job fires at start.
        await using var scheduled = new ApiFactory(app.ConnectionString, new() { ["Jobs:Scheduler:Enabled"] = "true", ["Jobs:SavingsInterest:Enabled"] = "true" });
        scheduled.StartServer();

        var lines = 0L;
        for (var attempt = 0; attempt < 50 && lines == 0; attempt++)
        {
            await Task.Delay(200);
            lines = await InterestLinesAsync(account);
        }
        lines.Should().Be(1);
        var days = lastMonth.AddMonths(1).DayNumber - lastMonth.DayNumber;
        (await _banking.BalanceAsync(account)).Should().Be(100_000 + Math.Round(100_000 * 0.035m * days / 365, MidpointRounding.AwayFromZero));
        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=PostSavingsInterest&pageSize=1")).JsonAsync();
        trail.GetProperty("items")[0].GetProperty("actorUsername").GetString().Should().Be("system");
    }

    private async Task MoveAsync(Guid account, string kind, decimal amount, string valueDate)
    {
        using var response = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/{kind}", new { amount, channel = "Cash", valueDate });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> RunAsync(string username, string month)
    {
        using var response = await (await app.As(username)).PostJsonAsync("/api/v1/jobs/savings-interest", new { month });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private Task<long> InterestLinesAsync(Guid account) =>
        app.ScalarAsync<long>($"SELECT count(*) FROM account_transactions WHERE account_id = '{account}' AND type = 'Interest'");
}
