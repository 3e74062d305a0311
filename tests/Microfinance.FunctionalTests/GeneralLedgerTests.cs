namespace Microfinance.FunctionalTests;

/// <summary>
/// A GL account's general ledger: the opening balance is every line before the period, each line's running balance is the
/// one before it plus its own movement (across pages too), and the closing balance is the trial balance's.
/// </summary>
public sealed class GeneralLedgerTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task The_cash_accounts_ledger_runs_from_its_opening_to_its_closing_balance_page_after_page()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("GLCASH", openingFee: 1_000));
        await _banking.DepositAsync(account, 40_000);
        await _banking.DepositAsync(account, 5_000);
        var accountant = await app.As("accountant");
        var cash = await app.ScalarAsync<Guid>("SELECT id FROM gl_accounts WHERE code = '101'");
        var today = Lending.Today.ToString("yyyy-MM-dd");

        var ledger = await (await accountant.GetAsync($"/api/v1/gl-accounts/{cash}/ledger?from={today}&to={today}&pageSize=100")).JsonAsync();

        ledger.GetProperty("code").GetString().Should().Be("101");
        var lines = ledger.GetProperty("lines").GetProperty("items").EnumerateArray().ToList();
        lines.Should().HaveCountGreaterThanOrEqualTo(3);
        var running = ledger.GetProperty("openingBalance").GetDecimal();
        foreach (var line in lines)
        {
            running += line.GetProperty("debit").GetDecimal() - line.GetProperty("credit").GetDecimal();
            line.GetProperty("balance").GetDecimal().Should().Be(running, "cash is debit-normal: each line adds its debit less its credit");
        }
        ledger.GetProperty("closingBalance").GetDecimal().Should().Be(running);
        ledger.GetProperty("closingBalance").GetDecimal().Should().Be(ledger.GetProperty("openingBalance").GetDecimal()
            + ledger.GetProperty("totalDebit").GetDecimal() - ledger.GetProperty("totalCredit").GetDecimal());
        lines.Select(l => l.GetProperty("entryNumber").GetInt64()).Should().BeInAscendingOrder();
        lines.Should().Contain(l => l.GetProperty("debit").GetDecimal() == 40_000 && l.GetProperty("source").GetString() == "Deposit");
        var trial = await (await accountant.GetAsync($"/api/v1/accounting/trial-balance?asOf={today}")).JsonAsync();
        trial.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "101").GetProperty("balance").GetDecimal()
            .Should().Be(ledger.GetProperty("closingBalance").GetDecimal());

        // Page 2 of one line each starts where page 1 ended.
        var second = await (await accountant.GetAsync($"/api/v1/gl-accounts/{cash}/ledger?from={today}&to={today}&page=2&pageSize=1")).JsonAsync();
        second.GetProperty("lines").GetProperty("items")[0].GetProperty("balance").GetDecimal().Should().Be(lines[1].GetProperty("balance").GetDecimal());
        second.GetProperty("lines").GetProperty("totalCount").GetInt32().Should().Be(lines.Count);
    }

    [Fact]
    public async Task A_liability_runs_by_its_credits_and_the_ledger_is_for_the_ledgers_readers()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("GLSAV"));
        await _banking.DepositAsync(account, 12_000);
        var savings = await app.ScalarAsync<Guid>("SELECT id FROM gl_accounts WHERE code = '252'");
        var today = Lending.Today.ToString("yyyy-MM-dd");

        var ledger = await (await (await app.As("auditor")).GetAsync($"/api/v1/gl-accounts/{savings}/ledger?to={today}&pageSize=100")).JsonAsync();
        var last = ledger.GetProperty("lines").GetProperty("items").EnumerateArray().Last();
        last.GetProperty("credit").GetDecimal().Should().Be(12_000);
        ledger.GetProperty("closingBalance").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            $"SELECT sum(credit - debit) FROM journal_lines WHERE gl_account_id = '{savings}'"), "a liability's balance is its credits less its debits");

        await (await (await app.As("supervisor")).GetAsync($"/api/v1/gl-accounts/{savings}/ledger")).ShouldBeProblemAsync(403);
        await (await (await app.As("accountant")).GetAsync($"/api/v1/gl-accounts/{Guid.NewGuid()}/ledger")).ShouldBeProblemAsync(404);
        await (await (await app.As("accountant")).GetAsync($"/api/v1/gl-accounts/{savings}/ledger?from=2026-12-02&to=2026-12-01")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task The_ledger_exports_every_line_with_its_running_balance_and_the_closing_balance()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("GLEXP"));
        await _banking.DepositAsync(account, 7_000);
        await _banking.DepositAsync(account, 3_000);
        var cash = await app.ScalarAsync<Guid>("SELECT id FROM gl_accounts WHERE code = '101'");
        var today = Lending.Today.ToString("yyyy-MM-dd");
        var accountant = await app.As("accountant");
        var ledger = await (await accountant.GetAsync($"/api/v1/gl-accounts/{cash}/ledger?from={today}&to={today}&pageSize=100")).JsonAsync();

        using var csv = await accountant.GetAsync($"/api/v1/gl-accounts/{cash}/ledger?from={today}&to={today}&format=csv");

        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        var rows = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var items = ledger.GetProperty("lines").GetProperty("items").EnumerateArray().ToList();
        var lineRows = rows.Where(r => r.StartsWith(Lending.Today.ToString("dd/MM/yyyy"), StringComparison.Ordinal) || r.StartsWith(today, StringComparison.Ordinal)).ToList();
        lineRows.Should().HaveCount(items.Count, string.Join("\n", rows));
        lineRows.Select(r => decimal.Parse(r.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(items.Select(i => i.GetProperty("balance").GetDecimal()), "each row carries the running balance the page shows");
        (await app.ScalarAsync<long>("SELECT count(*) FROM report_runs WHERE report = 'general-ledger'")).Should().Be(1, "the export is kept in the history");
        await (await accountant.GetAsync($"/api/v1/gl-accounts/{cash}/ledger?format=doc")).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).GetAsync($"/api/v1/gl-accounts/{cash}/ledger?format=csv")).ShouldBeProblemAsync(403);
    }
}
