using Npgsql;

namespace Microfinance.FunctionalTests;

public sealed class LedgerTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task Each_institution_starts_with_the_sfd_chart_of_accounts()
    {
        var chart = await (await (await app.As("accountant")).GetAsync("/api/v1/gl-accounts")).JsonAsync();
        var accounts = chart.EnumerateArray().ToList();

        accounts.Select(a => a.GetProperty("class").GetInt32()).Distinct().Order().Should().Equal(1, 2, 3, 4, 5, 6, 7);
        accounts.Should().Contain(a => a.GetProperty("code").GetString() == "101" && a.GetProperty("type").GetString() == "Asset");
        accounts.Should().Contain(a => a.GetProperty("code").GetString() == "252" && a.GetProperty("type").GetString() == "Liability");
        var classTwo = await (await (await app.As("accountant")).GetAsync("/api/v1/gl-accounts?class=2")).JsonAsync();
        classTwo.EnumerateArray().Should().OnlyContain(a => a.GetProperty("code").GetString()!.StartsWith('2'));
    }

    [Fact]
    public async Task The_accountant_adds_renames_and_deletes_an_unused_account_but_not_a_used_one()
    {
        var accountant = await app.As("accountant");
        var created = await (await accountant.PostJsonAsync("/api/v1/gl-accounts", new { code = "1012", name = "Caisse agence Dantokpa", type = "Asset" })).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("class").GetInt32().Should().Be(1);
        await (await accountant.PostJsonAsync("/api/v1/gl-accounts", new { code = "1012", name = "Doublon", type = "Asset" })).ShouldBeProblemAsync(409, "gl_code_taken");
        await (await accountant.PostJsonAsync("/api/v1/gl-accounts", new { code = "9012", name = "Hors plan", type = "Asset" })).ShouldBeProblemAsync(400);
        (await (await accountant.PutJsonAsync($"/api/v1/gl-accounts/{id}", new { name = "Caisse Dantokpa" })).JsonAsync())
            .GetProperty("name").GetString().Should().Be("Caisse Dantokpa");
        (await accountant.DeleteAsync($"/api/v1/gl-accounts/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var cash = (await (await accountant.GetAsync("/api/v1/gl-accounts?search=101")).JsonAsync()).EnumerateArray()
            .First(a => a.GetProperty("code").GetString() == "101").GetProperty("id").GetGuid();
        await (await accountant.DeleteAsync($"/api/v1/gl-accounts/{cash}")).ShouldBeProblemAsync(409, "gl_account_in_use");
        await (await (await app.As("agent")).PostJsonAsync("/api/v1/gl-accounts", new { code = "1013", name = "X", type = "Asset" })).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task The_database_refuses_to_edit_or_delete_posted_lines()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("LEDG1"));
        await _banking.DepositAsync(account, 4_000);

        var edit = () => app.ExecuteSqlAsync($"UPDATE journal_lines SET credit = credit + 1 WHERE deposit_account_id = '{account}'");
        var delete = () => app.ExecuteSqlAsync("DELETE FROM journal_entries");
        (await edit.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only");
        await delete.Should().ThrowAsync<PostgresException>();
    }

    [Fact]
    public async Task The_database_refuses_an_unbalanced_entry_at_commit()
    {
        var institution = await app.ScalarAsync<Guid>("SELECT id FROM institutions WHERE code = 'DEMO'");
        var cash = await app.ScalarAsync<Guid>($"SELECT id FROM gl_accounts WHERE institution_id = '{institution}' AND code = '101'");
        var income = await app.ScalarAsync<Guid>($"SELECT id FROM gl_accounts WHERE institution_id = '{institution}' AND code = '704'");
        var entry = Guid.NewGuid();

        var unbalanced = () => app.ExecuteSqlAsync($"""
            BEGIN;
            INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source)
                VALUES ('{entry}', '{institution}', current_date, now(), 'test', 'Manual');
            INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, debit, credit) VALUES
                (gen_random_uuid(), '{institution}', '{entry}', '{cash}', 1000, 0),
                (gen_random_uuid(), '{institution}', '{entry}', '{income}', 0, 999);
            COMMIT;
            """);

        (await unbalanced.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("unbalanced");
        (await app.ScalarAsync<long>($"SELECT count(*) FROM journal_entries WHERE id = '{entry}'")).Should().Be(0);
    }

    [Fact]
    public async Task The_trial_balance_nets_to_zero_and_shows_customer_deposits_as_a_liability()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("LEDG2"));
        await _banking.DepositAsync(account, 12_345);

        var trial = await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/trial-balance")).JsonAsync();
        trial.GetProperty("difference").GetDecimal().Should().Be(0);
        trial.GetProperty("totalDebit").GetDecimal().Should().Be(trial.GetProperty("totalCredit").GetDecimal()).And.BeGreaterThan(0);
        var savings = trial.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "252");
        savings.GetProperty("balance").GetDecimal().Should().BeGreaterThanOrEqualTo(12_345);

        var past = await (await (await app.As("accountant")).GetAsync("/api/v1/accounting/trial-balance?asOf=2000-01-01")).JsonAsync();
        past.GetProperty("lines").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Verify_reports_a_balance_changed_behind_the_ledgers_back()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("LEDG3"));
        await _banking.DepositAsync(account, 1_000);
        (await _banking.VerifyAsync()).ShouldBeOk();

        await app.ExecuteSqlAsync($"UPDATE deposit_accounts SET balance = balance + 500 WHERE id = '{account}'");

        var verdict = await _banking.VerifyAsync();
        verdict.GetProperty("ok").GetBoolean().Should().BeFalse();
        var check = verdict.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "account_balances_match_postings");
        check.GetProperty("ok").GetBoolean().Should().BeFalse();
        // In the reader's language (French by default), amounts grouped as they write them.
        var fr = System.Globalization.CultureInfo.GetCultureInfo("fr");
        check.GetProperty("detail").GetString().Should().Contain($"solde {1_500m.ToString("#,0", fr)}").And.Contain($"imputations {1_000m.ToString("#,0", fr)}");
        var accountant = await app.As("accountant");
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/accounting/verify") { Headers = { { "Accept-Language", "en" } } };
        var englishCheck = (await (await accountant.SendAsync(english)).JsonAsync()).GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "account_balances_match_postings");
        englishCheck.GetProperty("detail").GetString().Should().Contain("balance 1,500").And.Contain("postings 1,000");
        await app.ExecuteSqlAsync($"UPDATE deposit_accounts SET balance = balance - 500 WHERE id = '{account}'");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Agents_cannot_read_the_books()
    {
        await (await (await app.As("agent")).GetAsync("/api/v1/accounting/trial-balance")).ShouldBeProblemAsync(403);
        await (await (await app.As("agent")).GetAsync("/api/v1/journal-entries")).ShouldBeProblemAsync(403);
    }
}

public sealed class MoneyTenantIsolationTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task Another_institution_can_neither_see_nor_move_money_on_our_accounts()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("ISO1"));
        var deposit = await _banking.DepositAsync(account, 5_000);
        var client = (await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("clientId").GetGuid();

        var platform = await app.As("platform.admin");
        (await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine",
            code = "VOISINE",
            adminUsername = "voisine.admin",
            adminDisplayName = "Admin Voisine",
            adminPassword = "Voisine#2026",
        })).EnsureSuccessStatusCode();
        var other = await app.SignedInAs("voisine.admin", "Voisine#2026");

        await (await other.GetAsync($"/api/v1/accounts/{account}")).ShouldBeProblemAsync(404);
        await (await other.GetAsync($"/api/v1/clients/{client}")).ShouldBeProblemAsync(404);
        await (await other.GetAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}")).ShouldBeProblemAsync(404);
        await (await other.GetAsync($"/api/v1/accounts/{account}/statement")).ShouldBeProblemAsync(404);
        (await (await other.GetAsync("/api/v1/clients")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await (await other.GetAsync("/api/v1/accounts")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        var theirChart = await (await other.GetAsync("/api/v1/gl-accounts")).JsonAsync();
        theirChart.GetArrayLength().Should().Be(Microfinance.Domain.Accounting.DefaultChartOfAccounts.Accounts.Count, "a new institution gets its own default chart");

        await (await other.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 1_000, channel = "Cash" })).ShouldBeProblemAsync(404);
        await (await other.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 1_000, channel = "Cash" })).ShouldBeProblemAsync(404);
        await (await other.PostJsonAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}/reverse", new { reason = "x" })).ShouldBeProblemAsync(404);
        (await _banking.BalanceAsync(account)).Should().Be(5_000);
        var theirTrial = await (await other.GetAsync("/api/v1/accounting/trial-balance")).JsonAsync();
        theirTrial.GetProperty("lines").GetArrayLength().Should().Be(0);
    }
}
