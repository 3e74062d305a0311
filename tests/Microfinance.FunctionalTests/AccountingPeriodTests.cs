namespace Microfinance.FunctionalTests;

/// <summary>
/// Period close: months close in order once over; nothing can be valued in a closed month afterwards; closing December moves
/// the year's result to retained earnings (the balance sheet still balances and the income statement keeps the year's
/// result); reopening needs the SfdAdmin and a reason, and reopening December reverses its year-end entry.
/// One story over one database: each step builds on the one before.
/// </summary>
public sealed class AccountingPeriodTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly November = new(2025, 11, 1);
    private readonly Bookkeeping _books = new(app);
    private readonly Banking _banking = new(app);

    private async Task<Dictionary<string, decimal>> TotalsAsync(string url)
    {
        using var response = await (await app.As("accountant")).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("totals").EnumerateArray()
            .Where(t => t.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
            .ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("value").GetDecimal());
    }

    private Task<decimal> BalanceAsync(string code, DateOnly asOf) => app.ScalarAsync<decimal>($"""
        SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
        JOIN gl_accounts g ON g.id = l.gl_account_id WHERE g.code = '{code}' AND e.value_date <= '{asOf:yyyy-MM-dd}'
        """);

    private async Task<JsonElement> PeriodAsync(string month) =>
        (await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/periods")).JsonAsync()).EnumerateArray()
        .Single(p => p.GetProperty("month").GetString() == month);

    [Fact]
    public async Task Months_close_in_order_keep_postings_out_and_the_year_end_moves_the_result_to_retained_earnings()
    {
        // 2025: 80 000 of commissions in November, 30 000 of staff costs in December — a result of 50 000.
        (await _books.WriteAsync("accountant", "101", "702", 80_000, November.AddDays(14))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _books.WriteAsync("accountant", "631", "101", 30_000, new DateOnly(2025, 12, 10))).StatusCode.Should().Be(HttpStatusCode.Created);
        var accountant = await app.As("accountant");

        var periods = (await (await accountant.GetAsync("/api/v1/accounting/periods")).JsonAsync()).EnumerateArray().ToList();
        periods.Last().GetProperty("month").GetString().Should().Be("2025-11", "the books start with the first value date");
        periods.First().GetProperty("month").GetString().Should().Be(Lending.Today.ToString("yyyy-MM"));
        periods.Single(p => p.GetProperty("canClose").GetBoolean()).GetProperty("month").GetString().Should().Be("2025-11");

        await (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-12/close")).ShouldBeProblemAsync(422, "earlier_period_open");
        await (await accountant.PostJsonAsync($"/api/v1/accounting/periods/{Lending.Today:yyyy-MM}/close")).ShouldBeProblemAsync(422, "period_not_over");
        await (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-13/close")).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).PostJsonAsync("/api/v1/accounting/periods/2025-11/close")).ShouldBeProblemAsync(403);

        // An entry waiting for approval in November would be stranded: the close waits for its decision.
        var waiting = (await (await _books.WriteAsync("accountant", "631", "101", 3_000_000, November.AddDays(16))).JsonAsync()).GetProperty("id").GetGuid();
        (await (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-11/close")).ShouldBeProblemAsync(422, "pending_manual_entries"))
            .GetProperty("detail").GetString().Should().Contain("2025-11");
        (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/journal-entries/{waiting}/reject", new { reason = "Montant à vérifier" })).EnsureSuccessStatusCode();

        var closed = await (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-11/close")).JsonAsync();
        closed.GetProperty("status").GetString().Should().Be("Closed");
        closed.GetProperty("closedByName").GetString().Should().NotBeNullOrEmpty();
        await (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-11/close")).ShouldBeProblemAsync(422, "period_already_closed");

        // Nothing valued in November any more, directly or waiting for approval.
        var refused = await (await _books.WriteAsync("accountant", "631", "101", 1_000, November.AddDays(20))).ShouldBeProblemAsync(422, "period_closed");
        refused.GetProperty("detail").GetString().Should().Contain("2025-11");
        await (await _books.WriteAsync("accountant", "631", "101", 5_000_000, November.AddDays(20))).ShouldBeProblemAsync(422, "period_closed");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("PERIOD"));
        var balance = await app.ScalarAsync<decimal>($"SELECT balance FROM deposit_accounts WHERE id = '{account}'");
        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/deposits",
            new { amount = 2_000, channel = "Cash", valueDate = November.AddDays(25).ToString("yyyy-MM-dd") })).ShouldBeProblemAsync(422, "period_closed");
        (await app.ScalarAsync<decimal>($"SELECT balance FROM deposit_accounts WHERE id = '{account}'")).Should().Be(balance, "a refused back-dated deposit leaves nothing");
        (await _books.WriteAsync("accountant", "631", "101", 1_000, new DateOnly(2025, 12, 20))).StatusCode.Should().Be(HttpStatusCode.Created,
            "December is still open");

        // December closes the year: two closes at once post one year-end entry.
        var closes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => accountant.PostJsonAsync("/api/v1/accounting/periods/2025-12/close")));
        closes.Count(c => c.StatusCode == HttpStatusCode.OK).Should().Be(1);
        (await app.ScalarAsync<long>("SELECT count(*) FROM journal_entries WHERE source = 'YearEndClose'")).Should().Be(1);
        var december = await PeriodAsync("2025-12");
        december.GetProperty("yearEndEntryNumber").GetInt64().Should().BePositive();
        (await app.ScalarAsync<string>("SELECT value_date::text FROM journal_entries WHERE source = 'YearEndClose'")).Should().Be("2026-01-01");

        // The year's result (80 000 − 30 000 − 1 000) is in retained earnings from 1 January; 2025's statements keep it.
        (await BalanceAsync("561", new DateOnly(2026, 1, 1))).Should().Be(49_000);
        (await BalanceAsync("702", new DateOnly(2026, 1, 1))).Should().Be(0, "the income account starts the new year at zero");
        var yearEnd = await TotalsAsync("/api/v1/reports/balance-sheet?asOf=2025-12-31");
        yearEnd["result"].Should().Be(49_000);
        (await TotalsAsync("/api/v1/reports/income-statement?from=2025-01-01&to=2025-12-31"))["result"].Should().Be(49_000);
        var newYear = await TotalsAsync("/api/v1/reports/balance-sheet?asOf=2026-01-01");
        newYear["result"].Should().Be(0, "2025's result is closed into retained earnings");
        newYear["totalAssets"].Should().Be(newYear["totalLiabilitiesAndEquity"], "the passif's total holds the result and retained earnings");
        (await TotalsAsync("/api/v1/reports/income-statement?from=2026-01-01&to=2026-01-31"))["result"].Should().Be(0,
            "the year-end entry is no income or expense of the new year");

        // Reopening: the SfdAdmin, with a reason, the latest closed month only; December's year-end entry is reversed.
        await (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-12/reopen", new { reason = "Facture oubliée" })).ShouldBeProblemAsync(403);
        var admin = await app.As("sfd.admin");
        await (await admin.PostJsonAsync("/api/v1/accounting/periods/2025-12/reopen", new { reason = "" })).ShouldBeProblemAsync(400);
        await (await admin.PostJsonAsync("/api/v1/accounting/periods/2025-11/reopen", new { reason = "Facture oubliée" })).ShouldBeProblemAsync(422, "later_period_closed");
        var reopened = await (await admin.PostJsonAsync("/api/v1/accounting/periods/2025-12/reopen", new { reason = "Facture oubliée" })).JsonAsync();
        reopened.GetProperty("status").GetString().Should().Be("Open");
        reopened.GetProperty("reopenReason").GetString().Should().Be("Facture oubliée");
        (await BalanceAsync("561", new DateOnly(2026, 1, 1))).Should().Be(0);
        (await TotalsAsync("/api/v1/reports/income-statement?from=2026-01-01&to=2026-01-31"))["result"].Should().Be(0);
        (await app.ScalarAsync<string>("SELECT after FROM audit_records WHERE action = 'ReopenAccountingPeriod' AND entity_type = 'AccountingPeriod'"))
            .Should().Contain("Facture oubli\\u00E9e", "the reopening and its reason are in the audit trail (JSON-escaped)");

        // The forgotten invoice goes in, and December closes again with the new result.
        (await _books.WriteAsync("accountant", "631", "101", 4_000, new DateOnly(2025, 12, 28))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await accountant.PostJsonAsync("/api/v1/accounting/periods/2025-12/close")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await BalanceAsync("561", new DateOnly(2026, 1, 1))).Should().Be(45_000);
        var verify = await (await accountant.GetAsync("/api/v1/accounting/verify")).JsonAsync();
        verify.GetProperty("ok").GetBoolean().Should().BeTrue(verify.ToString());
    }
}
