namespace Microfinance.FunctionalTests;

/// <summary>
/// Cash drawers through the API as a cashier and a supervisor use them: a float counted by denomination, the cash the
/// holder records counted against the drawer from the ledger, a close whose difference is posted once to 372 and
/// validated by someone else, and the institution's rule that refuses cash recorded without an open drawer.
/// </summary>
public sealed class CashDrawerTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);
    private Collecting Collecting => new(app, _banking);

    /// <summary>A count the API takes: (code, pieces) pairs.</summary>
    private static object[] Count(params (string Denomination, int Count)[] lines) =>
        [.. lines.Select(l => new { denomination = l.Denomination, count = l.Count })];

    private Task<decimal> DebitsLessCreditsAsync(string glCode) => app.ScalarAsync<decimal>($"""
        SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_lines l JOIN gl_accounts g ON g.id = l.gl_account_id WHERE g.code = '{glCode}'
        """)!;

    private Task<long> DifferenceEntriesAsync() => app.ScalarAsync<long>("SELECT count(*) FROM journal_entries WHERE source = 'CashDifference'")!;

    private async Task<Guid> OpenAsync(string user, params (string, int)[] counts)
    {
        using var opened = await (await app.As(user)).PostJsonAsync("/api/v1/cash-drawers", new { counts = Count(counts) });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        return (await opened.JsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> CurrentAsync(string user) =>
        await (await (await app.As(user)).GetAsync("/api/v1/cash-drawers/current")).JsonAsync();

    private async Task<HttpResponseMessage> CashAsync(Guid account, string kind, decimal amount, string channel = "Cash") =>
        await Banking.SendMoneyAsync(await app.As("agent"), $"/api/v1/accounts/{account}/{kind}", new { amount, channel });

    private async Task SetRuleAsync(bool on)
    {
        using var response = await (await app.As("sfd.admin")).PutJsonAsync("/api/v1/treasury/settings", new { cashNeedsOpenDrawer = on });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.JsonAsync()).GetProperty("cashNeedsOpenDrawer").GetBoolean().Should().Be(on);
    }

    [Fact]
    public async Task The_drawer_expects_its_float_and_the_holders_cash_and_a_shortage_posts_one_entry_that_a_supervisor_validates()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CAISSE1"));
        var loan = await Lending.ActiveLoanAsync(await Lending.CreateProductAsync("CAISSEL"), 100_000, 3, 12);
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(fee: 0), dailyAmount: 500);
        var agent = await app.As("agent");
        var cashBefore = await DebitsLessCreditsAsync("101");
        var differencesBefore = await DebitsLessCreditsAsync("372");

        // 5 × 10 000 + 1 × 500 (note) + 2 × 500 (coin) = 51 500.
        var drawer = await OpenAsync("agent", ("note-10000", 5), ("note-500", 1), ("coin-500", 2), ("coin-25", 0));
        var current = (await CurrentAsync("agent")).GetProperty("session");
        current.GetProperty("id").GetGuid().Should().Be(drawer);
        current.GetProperty("openingFloat").GetDecimal().Should().Be(51_500);
        current.GetProperty("expectedCash").GetDecimal().Should().Be(51_500);
        current.GetProperty("status").GetString().Should().Be("Open");
        (await agent.PostJsonAsync("/api/v1/cash-drawers", new { counts = Count(("note-1000", 1)) }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "one open drawer per user");

        (await CashAsync(account, "deposits", 20_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await CashAsync(account, "withdrawals", 5_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await CashAsync(account, "deposits", 7_000, "BankTransfer")).StatusCode.Should().Be(HttpStatusCode.Created, "not cash: not the drawer's");
        (await Lending.RepayAsync(loan, 10_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Collecting.ContributeAsync(participant, new { days = 4, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Banking.SendMoneyAsync(await app.As("supervisor"), $"/api/v1/accounts/{account}/deposits", new { amount = 3_000, channel = "Cash" }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "someone else's cash is in someone else's drawer");

        current = (await CurrentAsync("agent")).GetProperty("session");
        current.GetProperty("cashIn").GetDecimal().Should().Be(20_000 + 10_000 + 2_000);
        current.GetProperty("cashOut").GetDecimal().Should().Be(5_000);
        current.GetProperty("expectedCash").GetDecimal().Should().Be(51_500 + 32_000 - 5_000);

        // 78 500 expected, 77 000 counted: a shortage of 1 500.
        using var closed = await Banking.SendMoneyAsync(agent, $"/api/v1/cash-drawers/{drawer}/close",
            new { counts = Count(("note-10000", 7), ("note-5000", 1), ("note-2000", 1)), note = "Billet manquant" }, Guid.NewGuid().ToString());
        closed.StatusCode.Should().Be(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var close = await closed.JsonAsync();
        close.GetProperty("status").GetString().Should().Be("Closed");
        close.GetProperty("countedCash").GetDecimal().Should().Be(77_000);
        close.GetProperty("expectedCash").GetDecimal().Should().Be(78_500);
        close.GetProperty("difference").GetDecimal().Should().Be(-1_500);
        close.GetProperty("differenceEntryNumber").ValueKind.Should().Be(JsonValueKind.Number);
        close.GetProperty("closingCounts").GetArrayLength().Should().Be(3);
        (await CurrentAsync("agent")).GetProperty("session").ValueKind.Should().Be(JsonValueKind.Null);
        (await DebitsLessCreditsAsync("372") - differencesBefore).Should().Be(1_500, "a shortage debits the cash-difference account");
        (await DebitsLessCreditsAsync("101") - cashBefore).Should().Be(20_000 - 5_000 + 10_000 + 2_000 + 3_000 - 1_500,
            "the cash account holds what was recorded, less the shortage");

        await (await agent.PostJsonAsync($"/api/v1/cash-drawers/{drawer}/validate")).ShouldBeProblemAsync(403);
        using var validated = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/cash-drawers/{drawer}/validate");
        validated.StatusCode.Should().Be(HttpStatusCode.OK, await validated.Content.ReadAsStringAsync());
        var done = await validated.JsonAsync();
        done.GetProperty("status").GetString().Should().Be("Validated");
        done.GetProperty("validatedByName").GetString().Should().NotBeNullOrEmpty();
        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/cash-drawers/{drawer}/validate"))
            .ShouldBeProblemAsync(422, "cash_drawer_already_validated");

        var listed = await (await (await app.As("supervisor")).GetAsync("/api/v1/cash-drawers?status=Validated")).JsonAsync();
        listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Contain(drawer);
        var report = await (await (await app.As("supervisor")).GetAsync("/api/v1/reports/cash-drawers?status=Validated")).JsonAsync();
        report.GetRawText().Should().Contain("-1500").And.Contain("78500");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_surplus_credits_the_difference_account_and_an_exact_count_posts_nothing()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CAISSE2"));
        var differencesBefore = await DebitsLessCreditsAsync("372");
        var entriesBefore = await DifferenceEntriesAsync();

        var exact = await OpenAsync("agent", ("note-1000", 10));
        (await CashAsync(account, "deposits", 2_500)).StatusCode.Should().Be(HttpStatusCode.Created);
        using var balanced = await (await app.As("agent")).PostJsonAsync($"/api/v1/cash-drawers/{exact}/close",
            new { counts = Count(("note-10000", 1), ("note-2000", 1), ("coin-500", 1)) });
        balanced.StatusCode.Should().Be(HttpStatusCode.OK, await balanced.Content.ReadAsStringAsync());
        (await balanced.JsonAsync()).GetProperty("difference").GetDecimal().Should().Be(0);
        (await DifferenceEntriesAsync()).Should().Be(entriesBefore, "nothing to post when the count is right");

        var surplus = await OpenAsync("agent", ("note-1000", 10));
        using var over = await (await app.As("agent")).PostJsonAsync($"/api/v1/cash-drawers/{surplus}/close", new { counts = Count(("note-1000", 10), ("coin-100", 3)) });
        (await over.JsonAsync()).GetProperty("difference").GetDecimal().Should().Be(300);
        (await DebitsLessCreditsAsync("372") - differencesBefore).Should().Be(-300, "a surplus credits the cash-difference account");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Two_closes_at_once_post_one_difference_and_a_replayed_close_answers_the_first()
    {
        var drawer = await OpenAsync("agent", ("note-5000", 2));
        var entriesBefore = await DifferenceEntriesAsync();
        var agent = await app.As("agent");
        var body = new { counts = Count(("note-5000", 1)) };

        var closes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => agent.PostJsonAsync($"/api/v1/cash-drawers/{drawer}/close", body)));
        closes.Count(c => c.StatusCode == HttpStatusCode.OK).Should().Be(1);
        foreach (var refused in closes.Where(c => c.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblemAsync(422, "cash_drawer_already_closed");
        (await DifferenceEntriesAsync()).Should().Be(entriesBefore + 1, "the shortage of 5 000 is posted once");

        var again = await OpenAsync("agent", ("note-5000", 2));
        var key = Guid.NewGuid().ToString();
        using var first = await Banking.SendMoneyAsync(agent, $"/api/v1/cash-drawers/{again}/close", body, key);
        using var replay = await Banking.SendMoneyAsync(agent, $"/api/v1/cash-drawers/{again}/close", body, key);
        replay.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await DifferenceEntriesAsync()).Should().Be(entriesBefore + 2);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Bad_counts_are_400_and_the_wrong_person_or_the_wrong_state_is_refused()
    {
        var agent = await app.As("agent");
        (await (await agent.PostJsonAsync("/api/v1/cash-drawers", new { counts = Count(("note-10000", -1)) })).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetRawText().Should().Contain("counts[0].count");
        (await (await agent.PostJsonAsync("/api/v1/cash-drawers", new { counts = Count(("note-300", 1)) })).ShouldBeProblemAsync(400))
            .GetProperty("errors").GetRawText().Should().Contain("counts[0].denomination").And.Contain("note-10000");
        await (await agent.PostJsonAsync("/api/v1/cash-drawers", new { counts = Count(("coin-500", 1), ("coin-500", 2)) })).ShouldBeProblemAsync(400);
        await (await agent.PostJsonAsync("/api/v1/cash-drawers", new { })).ShouldBeProblemAsync(400);
        await (await (await app.As("accountant")).PostJsonAsync("/api/v1/cash-drawers", new { counts = Count(("note-1000", 1)) })).ShouldBeProblemAsync(403);

        var drawer = await OpenAsync("agent", ("note-2000", 3));
        await (await agent.PostJsonAsync($"/api/v1/cash-drawers/{drawer}/close", new { counts = Count(("coin-7", 1)) })).ShouldBeProblemAsync(400);
        await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/cash-drawers/{drawer}/close", new { counts = Count(("note-2000", 3)) }))
            .ShouldBeProblemAsync(403);
        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/cash-drawers/{drawer}/validate")).ShouldBeProblemAsync(422, "cash_drawer_not_closed");
        (await agent.PostJsonAsync($"/api/v1/cash-drawers/{drawer}/close", new { counts = Count(("note-2000", 3)) })).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await agent.PostJsonAsync($"/api/v1/cash-drawers/{drawer}/close", new { counts = Count(("note-2000", 3)) }))
            .ShouldBeProblemAsync(422, "cash_drawer_already_closed");

        // The holder never validates their own close, whatever their role.
        var admin = await app.As("sfd.admin");
        var own = await OpenAsync("sfd.admin", ("note-1000", 1));
        (await admin.PostJsonAsync($"/api/v1/cash-drawers/{own}/close", new { counts = Count(("note-1000", 1)) })).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await admin.PostJsonAsync($"/api/v1/cash-drawers/{own}/validate")).ShouldBeProblemAsync(422, "maker_checker");
        (await (await app.As("auditor")).GetAsync($"/api/v1/cash-drawers/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await agent.GetAsync($"/api/v1/cash-drawers/{own}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "an agent reads only their own drawers");
    }

    [Fact]
    public async Task With_the_rule_on_cash_needs_an_open_drawer_and_other_channels_do_not()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CAISSE3"));
        await (await (await app.As("supervisor")).PutJsonAsync("/api/v1/treasury/settings", new { cashNeedsOpenDrawer = true })).ShouldBeProblemAsync(403);
        (await CashAsync(account, "deposits", 1_000)).StatusCode.Should().Be(HttpStatusCode.Created, "the rule is off by default");
        try
        {
            await SetRuleAsync(true);
            var refused = await (await CashAsync(account, "deposits", 1_000)).ShouldBeProblemAsync(422, "cash_drawer_not_open");
            refused.GetProperty("detail").GetString().Should().Contain("caisse");
            (await CashAsync(account, "deposits", 1_000, "MobileMoney")).StatusCode.Should().Be(HttpStatusCode.Created);
            (await CashAsync(account, "deposits", 1_000, "BankTransfer")).StatusCode.Should().Be(HttpStatusCode.Created);

            var drawer = await OpenAsync("agent", ("note-1000", 5));
            (await CashAsync(account, "deposits", 1_000)).StatusCode.Should().Be(HttpStatusCode.Created);
            (await CashAsync(account, "withdrawals", 500)).StatusCode.Should().Be(HttpStatusCode.Created);
            using var closed = await (await app.As("agent")).PostJsonAsync($"/api/v1/cash-drawers/{drawer}/close", new { counts = Count(("note-5000", 1), ("coin-500", 1)) });
            (await closed.JsonAsync()).GetProperty("difference").GetDecimal().Should().Be(0, "5 000 + 1 000 − 500 were counted");
            await (await CashAsync(account, "withdrawals", 500)).ShouldBeProblemAsync(422, "cash_drawer_not_open");
        }
        finally
        {
            await SetRuleAsync(false);
        }
        (await CashAsync(account, "withdrawals", 500)).StatusCode.Should().Be(HttpStatusCode.Created, "the rule is off again");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }
}
