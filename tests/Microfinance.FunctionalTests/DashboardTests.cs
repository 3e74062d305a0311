namespace Microfinance.FunctionalTests;

/// <summary>The landing figures per role, checked against the database and against the reports they must agree with.</summary>
public sealed class DashboardTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    [Fact]
    public async Task An_agent_sees_what_they_collected_today_by_channel_their_clients_requests_and_loans_to_collect()
    {
        var product = await _banking.CreateProductAsync("DAGT");
        var account = await _banking.OpenActiveAccountAsync(product);
        var before = (await DashboardAsync("agent")).GetProperty("agent");
        await _banking.DepositAsync(account, 150_000);
        using (var mobile = await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/deposits",
                   new { amount = 20_000, channel = "MobileMoney", reference = "MM-DASH-1" }))
            mobile.StatusCode.Should().Be(HttpStatusCode.Created, await mobile.Content.ReadAsStringAsync());
        using (var requested = await (await app.As("agent")).PostJsonAsync("/api/v1/accounts", new { clientId = await _banking.CreateClientAsync(), productId = product }))
            requested.StatusCode.Should().Be(HttpStatusCode.Created);
        var loans = await Lending.CreateProductAsync("DAGT");
        var late = await Lending.ActiveLoanAsync(loans, 120_000, 3, 12, disbursed: Lending.Today.AddMonths(-1).AddDays(-10));
        var dueSoon = await Lending.ActiveLoanAsync(loans, 60_000, 2, 12, disbursed: Lending.Today.AddMonths(-1).AddDays(3));

        var agent = (await DashboardAsync("agent")).GetProperty("agent");

        agent.GetProperty("collectionsToday").GetProperty("amount").GetDecimal()
            .Should().Be(before.GetProperty("collectionsToday").GetProperty("amount").GetDecimal() + 170_000);
        var channels = agent.GetProperty("collectionsByChannel").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("amount").GetDecimal());
        channels["MobileMoney"].Should().Be(20_000 + Channel(before, "MobileMoney"));
        agent.GetProperty("clients").GetInt32().Should().Be((int)(await app.ScalarAsync<long>(
            "SELECT count(*) FROM clients WHERE assigned_agent_id = (SELECT id FROM users WHERE user_name = 'agent')")));
        agent.GetProperty("pending").GetProperty("accountOpenings").GetInt32().Should().Be(before.GetProperty("pending").GetProperty("accountOpenings").GetInt32() + 1);

        var firstDue = DateOnly.Parse((await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{late}/schedule")).JsonAsync())[0].GetProperty("dueDate").GetString()!);
        var lateLoan = agent.GetProperty("late").GetProperty("loans").EnumerateArray().Single(l => l.GetProperty("loanId").GetGuid() == late);
        lateLoan.GetProperty("dueDate").GetString().Should().Be(firstDue.ToString("yyyy-MM-dd"));
        lateLoan.GetProperty("daysLate").GetInt32().Should().Be(Lending.Today.DayNumber - firstDue.DayNumber).And.BeInRange(7, 13);
        var soon = agent.GetProperty("dueThisWeek").GetProperty("loans").EnumerateArray().Single(l => l.GetProperty("loanId").GetGuid() == dueSoon);
        soon.GetProperty("daysLate").GetInt32().Should().Be(0);
        soon.GetProperty("amount").GetDecimal().Should().BeGreaterThan(30_000, "half the principal plus the month's interest is due");
        agent.GetProperty("dueThisWeek").GetProperty("loans").EnumerateArray().Should().NotContain(l => l.GetProperty("loanId").GetGuid() == late,
            "its next installment is three weeks away");
    }

    [Fact]
    public async Task A_supervisor_sees_their_branch_and_the_figures_agree_with_the_database_and_the_PAR_report()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DSUP"));
        await _banking.DepositAsync(account, 80_000);
        await Lending.ActiveLoanAsync(await Lending.CreateProductAsync("DSUP"), 90_000, 3, 12, disbursed: Lending.Today.AddMonths(-2).AddDays(-5));

        var dashboard = await DashboardAsync("supervisor");
        var branch = await app.ScalarAsync<Guid>("SELECT branch_id FROM users WHERE user_name = 'supervisor'");
        dashboard.GetProperty("branchId").GetGuid().Should().Be(branch);
        var manager = dashboard.GetProperty("manager");
        manager.GetProperty("clients").GetInt32().Should().Be((int)await app.ScalarAsync<long>($"SELECT count(*) FROM clients WHERE branch_id = '{branch}'"));
        manager.GetProperty("depositsOutstanding").GetDecimal().Should().Be(await app.ScalarAsync<decimal>($"SELECT sum(balance) FROM deposit_accounts WHERE branch_id = '{branch}'"));

        var par = await (await (await app.As("supervisor")).GetAsync("/api/v1/reports/portfolio-at-risk")).JsonAsync();
        var parBranch = par.GetProperty("byBranch").EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == branch).GetProperty("figures");
        manager.GetProperty("portfolio").GetProperty("par30").GetDecimal().Should().Be(parBranch.GetProperty("par30").GetDecimal()).And.BeGreaterThan(0);
        manager.GetProperty("portfolio").GetProperty("outstandingPrincipal").GetDecimal().Should().Be(parBranch.GetProperty("outstandingPrincipal").GetDecimal());

        var months = manager.GetProperty("months").EnumerateArray().ToList();
        months.Should().HaveCount(12);
        months[^1].GetProperty("month").GetString().Should().Be(Lending.Today.ToString("yyyy-MM"));
        months[^1].GetProperty("deposits").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            $"SELECT coalesce(sum(t.amount), 0) FROM account_transactions t JOIN deposit_accounts a ON a.id = t.account_id WHERE a.branch_id = '{branch}' " +
            $"AND t.type = 'Deposit' AND t.reversed_at IS NULL AND t.value_date >= '{Lending.Today:yyyy-MM}-01'"),
            "a reversal this month takes its deposit back");
        manager.GetProperty("approvals").GetProperty("accountOpenings").GetInt32()
            .Should().Be((int)await app.ScalarAsync<long>($"SELECT count(*) FROM deposit_accounts WHERE status = 'Requested' AND branch_id = '{branch}'"));
        manager.GetProperty("branches").EnumerateArray().Should().Contain(b => b.GetProperty("branchId").GetGuid() == branch);

        var admin = await DashboardAsync("sfd.admin");
        admin.GetProperty("branchId").ValueKind.Should().Be(JsonValueKind.Null, "the SfdAdmin sees the whole institution");
        admin.GetProperty("manager").GetProperty("clients").GetInt32().Should().Be((int)await app.ScalarAsync<long>("SELECT count(*) FROM clients"));
    }

    [Fact]
    public async Task An_accountant_sees_treasury_balances_from_the_ledger_and_an_auditor_sees_reversals_and_refused_sign_ins()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DAUD"));
        var deposit = await _banking.DepositAsync(account, 40_000);
        var auditorBefore = (await DashboardAsync("auditor")).GetProperty("auditor");
        using (var reversed = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}/reverse", new { reason = "Erreur de saisie" }))
            reversed.StatusCode.Should().Be(HttpStatusCode.OK, await reversed.Content.ReadAsStringAsync());
        (await app.Anonymous().PostJsonAsync("/api/v1/auth/login", new { username = "auditor", password = "pas le bon" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var auditor = (await DashboardAsync("auditor")).GetProperty("auditor");
        auditor.GetProperty("reversalsThisMonth").GetProperty("count").GetInt32().Should().Be(auditorBefore.GetProperty("reversalsThisMonth").GetProperty("count").GetInt32() + 1);
        auditor.GetProperty("reversalsThisMonth").GetProperty("amount").GetDecimal().Should().Be(auditorBefore.GetProperty("reversalsThisMonth").GetProperty("amount").GetDecimal() + 40_000);
        auditor.GetProperty("failedSignInsThisWeek").GetInt32().Should().BeGreaterThan(auditorBefore.GetProperty("failedSignInsThisWeek").GetInt32());

        var accountant = (await DashboardAsync("accountant")).GetProperty("accountant");
        var cash = accountant.GetProperty("treasury").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "101");
        cash.GetProperty("balance").GetDecimal().Should().Be(await app.ScalarAsync<decimal>(
            "SELECT sum(l.debit - l.credit) FROM journal_lines l JOIN gl_accounts a ON a.id = l.gl_account_id WHERE a.code = '101'"));
        accountant.GetProperty("months").GetArrayLength().Should().Be(12);

        await (await (await app.As("platform.admin")).GetAsync("/api/v1/dashboard")).ShouldBeProblemAsync(403);
        await (await (await app.As("agent")).GetAsync("/api/v1/dashboard?branchId=x")).ShouldBeProblemAsync(400);
    }

    private async Task<JsonElement> DashboardAsync(string user)
    {
        using var response = await (await app.As(user)).GetAsync("/api/v1/dashboard");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static decimal Channel(JsonElement agent, string channel) =>
        agent.GetProperty("collectionsByChannel").EnumerateArray().Where(c => c.GetProperty("channel").GetString() == channel).Sum(c => c.GetProperty("amount").GetDecimal());
}
