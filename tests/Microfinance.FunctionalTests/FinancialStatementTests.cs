namespace Microfinance.FunctionalTests;

/// <summary>
/// The balance sheet balances (assets = liabilities + equity + the result not yet closed) and the income statement's
/// result over every day up to it is the balance sheet's — over what is posted, and again after new postings that move
/// income, savings and cash.
/// </summary>
public sealed class FinancialStatementTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    private async Task<Dictionary<string, decimal>> TotalsAsync(string url)
    {
        using var response = await (await app.As("accountant")).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("totals").EnumerateArray()
            .Where(t => t.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
            .ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("value").GetDecimal());
    }

    private async Task<(Dictionary<string, decimal> Sheet, Dictionary<string, decimal> Statement)> StatementsAsync()
    {
        var today = Lending.Today.ToString("yyyy-MM-dd");
        return (await TotalsAsync($"/api/v1/reports/balance-sheet?asOf={today}"),
            await TotalsAsync($"/api/v1/reports/income-statement?from=2000-01-01&to={today}"));
    }

    /// <summary>An account of a product with a 1 500 opening fee, and a deposit: fee income and cash, savings and cash.</summary>
    private async Task PostAsync(string code)
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync(code, openingFee: 1_500));
        await _banking.DepositAsync(account, 40_000);
    }

    [Fact]
    public async Task The_balance_sheet_balances_and_its_result_is_the_income_statements_before_and_after_new_postings()
    {
        await PostAsync("FSONE");
        var (sheet, statement) = await StatementsAsync();
        sheet["totalAssets"].Should().BePositive("cash came in");
        sheet["totalAssets"].Should().Be(sheet["totalLiabilitiesAndEquity"]);
        statement["result"].Should().Be(sheet["result"]);
        statement["result"].Should().Be(statement["income"] - statement["expenses"]);
        (await app.ScalarAsync<decimal>("""
            SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l JOIN gl_accounts g ON g.id = l.gl_account_id
             WHERE g.type IN ('Income', 'Expense')
            """)).Should().Be(sheet["result"], "the result is every income less every expense posted so far");

        await PostAsync("FSTWO");

        var (after, afterStatement) = await StatementsAsync();
        after["totalAssets"].Should().Be(sheet["totalAssets"] + 41_500);
        after["totalAssets"].Should().Be(after["totalLiabilitiesAndEquity"]);
        after["result"].Should().Be(sheet["result"] + 1_500);
        afterStatement["result"].Should().Be(after["result"]);
    }

    [Fact]
    public async Task Each_statement_shows_the_same_day_a_year_earlier_beside_it_and_lists_accounts_by_section()
    {
        await PostAsync("FSROWS");
        var today = Lending.Today;
        using var response = await (await app.As("accountant")).GetAsync($"/api/v1/reports/balance-sheet?asOf={today:yyyy-MM-dd}&pageSize=100");
        var sheet = await response.JsonAsync();
        var rows = sheet.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r[0].GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal, "assets (Actif) before liabilities (Passif)");
        rows.Should().Contain(r => r[1].GetString() == "101" && r[0].GetString() == "Actif");
        rows.Should().Contain(r => r[1].GetString() == "252" && r[0].GetString() == "Passif");
        rows[^1][2].GetString().Should().Be("Résultat non clôturé");

        var yearBefore = today.AddYears(-1);
        var earlier = await TotalsAsync($"/api/v1/reports/balance-sheet?asOf={yearBefore:yyyy-MM-dd}");
        var now = await TotalsAsync($"/api/v1/reports/balance-sheet?asOf={today:yyyy-MM-dd}");
        now["previousTotalAssets"].Should().Be(earlier["totalAssets"]);
        now["previousTotalLiabilitiesAndEquity"].Should().Be(earlier["totalLiabilitiesAndEquity"]);

        await (await (await app.As("accountant")).GetAsync("/api/v1/reports/balance-sheet?from=2026-01-01")).ShouldBeProblemAsync(400);
        await (await (await app.As("supervisor")).GetAsync("/api/v1/reports/income-statement")).ShouldBeProblemAsync(403);
    }
}
