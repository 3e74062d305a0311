namespace Microfinance.FunctionalTests;

/// <summary>
/// The financial statements read the end of day's sums of the days that are over plus what was posted since (docs/accounting.md,
/// "Speed"): summing the days changes none of their figures, back-dated postings of today included. Its own database:
/// the test moves every posting a day back, which no other test of the class could share.
/// </summary>
public sealed class FinancialStatementSumsTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly Bookkeeping _books = new(app);

    private async Task<string> StatementsAsync()
    {
        var accountant = await app.As("accountant");
        var today = Lending.Today;
        var urls = new[]
        {
            $"/api/v1/reports/balance-sheet?asOf={today:yyyy-MM-dd}&pageSize=100",
            $"/api/v1/reports/balance-sheet?asOf={today.AddDays(-6):yyyy-MM-dd}&pageSize=100",
            $"/api/v1/reports/income-statement?from={today.AddDays(-20):yyyy-MM-dd}&to={today:yyyy-MM-dd}&pageSize=100",
            $"/api/v1/reports/trial-balance?from={today.AddDays(-3):yyyy-MM-dd}&to={today:yyyy-MM-dd}&pageSize=100",
            $"/api/v1/accounting/trial-balance?asOf={today:yyyy-MM-dd}",
        };
        var bodies = new List<string>();
        foreach (var url in urls)
        {
            using var response = await accountant.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var body = await response.JsonAsync();
            bodies.Add(body.TryGetProperty("rows", out var rows) ? rows.GetRawText() + body.GetProperty("totals").GetRawText() : body.GetProperty("lines").GetRawText());
        }
        return string.Join("\n", bodies);
    }

    [Fact]
    public async Task Summing_the_days_that_are_over_changes_no_figure_of_the_statements()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("SUMS", openingFee: 2_000));
        await _banking.DepositAsync(account, 50_000);
        (await _books.WriteAsync("accountant", "101", "702", 9_000, Lending.Today.AddDays(-10))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _books.WriteAsync("accountant", "631", "101", 4_000, Lending.Today.AddDays(-2))).StatusCode.Should().Be(HttpStatusCode.Created);
        // What was posted so far becomes yesterday's, as if the day had ended; what follows is today's, one of it back-dated.
        await app.ExecuteSqlAsync("SET session_replication_role = replica; UPDATE journal_entries SET posted_at = posted_at - interval '1 day'; " +
            "UPDATE account_transactions SET created_at = created_at - interval '1 day'; SET session_replication_role = origin");
        await _banking.DepositAsync(account, 7_000);
        (await _books.WriteAsync("accountant", "631", "101", 1_500, Lending.Today.AddDays(-5))).StatusCode.Should().Be(HttpStatusCode.Created);
        var before = await StatementsAsync();

        (await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/jobs/end-of-day", new { })).EnsureSuccessStatusCode();

        (await app.ScalarAsync<long>("SELECT count(*) FROM ledger_day_totals")).Should().BeGreaterThan(0, "yesterday is summed");
        (await app.ScalarAsync<long>($"SELECT count(*) FROM ledger_day_totals WHERE posted_on >= '{Lending.Today:yyyy-MM-dd}'")).Should().Be(0, "today is not over");
        (await StatementsAsync()).Should().Be(before, "the days summed and what was posted since add up to every line of the ledger");
        var sheet = await (await (await app.As("accountant")).GetAsync($"/api/v1/reports/balance-sheet?asOf={Lending.Today.AddDays(-6):yyyy-MM-dd}&pageSize=100")).JsonAsync();
        sheet.GetProperty("rows").EnumerateArray().Single(r => r[1].GetString() == "101")[3].GetDecimal().Should().Be(await app.ScalarAsync<decimal>($"""
            SELECT sum(l.debit - l.credit) FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN gl_accounts g ON g.id = l.gl_account_id
            WHERE g.code = '101' AND e.value_date <= '{Lending.Today.AddDays(-6):yyyy-MM-dd}'
            """), "the cash on a past day is every line valued up to it, the one posted today included");
    }
}
