namespace Microfinance.FunctionalTests;

/// <summary>Real concurrent HTTP requests against one account: no franc appears or disappears, whatever the interleaving.</summary>
public sealed class ConcurrencyTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task Fifty_concurrent_withdrawals_that_the_balance_covers_twenty_times_leave_exactly_twenty_posted()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CONCW"));
        await _banking.DepositAsync(account, 20 * 1_500);
        var agent = await app.As("agent");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            agent.PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 1_500, channel = "Cash" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(20);
        responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity).Should().Be(30);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.UnprocessableEntity))
            (await refused.JsonAsync()).GetProperty("code").GetString().Should().Be("insufficient_funds");
        (await _banking.BalanceAsync(account)).Should().Be(0);
        var statement = await (await agent.GetAsync($"/api/v1/accounts/{account}/statement?pageSize=100")).JsonAsync();
        statement.GetProperty("totalCount").GetInt32().Should().Be(21);
        (await _banking.VerifyAsync()).ShouldBeOk();
        var audit = await (await (await app.As("auditor")).GetAsync("/api/v1/audit/verify")).JsonAsync();
        audit.GetProperty("ok").GetBoolean().Should().BeTrue("concurrent commands append to parallel chains without forking them");
    }

    [Fact]
    public async Task A_hundred_concurrent_deposits_are_all_counted()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CONCD"));
        var agent = await app.As("agent");

        var responses = await Task.WhenAll(Enumerable.Range(1, 100).Select(i =>
            agent.PostJsonAsync($"/api/v1/accounts/{account}/deposits", new { amount = 100 * i, channel = "Cash" })));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created);
        (await _banking.BalanceAsync(account)).Should().Be(100 * 5050);
        var balancesAfter = new List<decimal>();
        foreach (var response in responses) balancesAfter.Add((await response.JsonAsync()).GetProperty("balanceAfter").GetDecimal());
        balancesAfter.Should().OnlyHaveUniqueItems("each deposit saw the one before it");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Concurrent_transfers_in_both_directions_neither_deadlock_nor_lose_money()
    {
        var product = await _banking.CreateProductAsync("CONCX");
        var a = await _banking.OpenActiveAccountAsync(product);
        var b = await _banking.OpenActiveAccountAsync(product);
        await _banking.DepositAsync(a, 100_000);
        await _banking.DepositAsync(b, 100_000);
        var agent = await app.As("agent");

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => agent.PostJsonAsync("/api/v1/transfers",
            i % 2 == 0 ? new { fromAccountId = a, toAccountId = b, amount = 1_000 } : new { fromAccountId = b, toAccountId = a, amount = 1_000 })));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created);
        (await _banking.BalanceAsync(a)).Should().Be(100_000);
        (await _banking.BalanceAsync(b)).Should().Be(100_000);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Thirty_concurrent_repayments_of_one_loan_are_each_numbered_allocated_and_audited_once()
    {
        var lending = new Lending(app, _banking);
        // 90 000 over 3 months at 12 %: installments of 30 900, 30 600, 30 300 (interest first, then principal).
        var loan = await lending.ActiveLoanAsync(await lending.CreateProductAsync("CONCR"), 90_000, 3, 12);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => lending.RepayAsync(loan, 2_000)));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created);
        var repayments = new List<JsonElement>();
        foreach (var response in responses) repayments.Add(await response.JsonAsync());
        repayments.Select(r => r.GetProperty("sequence").GetInt64()).Should().BeEquivalentTo(Enumerable.Range(1, 30).Select(n => (long)n));
        // Each repayment saw the ones numbered before it: the k-th pays on from 2 000 × (k − 1).
        var interestSchedule = new[] { (Until: 30_900m, Interest: 900m), (Until: 61_500m, Interest: 600m) };
        foreach (var repayment in repayments)
        {
            var paidBefore = 2_000m * (repayment.GetProperty("sequence").GetInt64() - 1);
            var interest = 0m;
            var start = 0m;
            foreach (var (until, due) in interestSchedule)
            {
                interest += Math.Clamp(Math.Min(paidBefore + 2_000, start + due) - Math.Max(paidBefore, start), 0, due);
                start = until;
            }
            repayment.GetProperty("interestPart").GetDecimal().Should().Be(interest, $"repayment {repayment.GetProperty("sequence")}");
            repayment.GetProperty("principalPart").GetDecimal().Should().Be(2_000 - interest);
        }

        var detail = await lending.LoanAsync(loan);
        detail.GetProperty("totalRepaid").GetDecimal().Should().Be(60_000);
        detail.GetProperty("outstanding").GetDecimal().Should().Be(91_800 - 60_000);
        var agent = await app.As("agent");
        (await (await agent.GetAsync($"/api/v1/loans/{loan}/transactions")).JsonAsync()).GetArrayLength().Should().Be(30);
        var schedule = (await (await agent.GetAsync($"/api/v1/loans/{loan}/schedule")).JsonAsync()).EnumerateArray().ToList();
        schedule.Select(i => i.GetProperty("totalPaid").GetDecimal()).Should().Equal(30_900, 29_100, 0);
        (await _banking.VerifyAsync()).ShouldBeOk();

        var auditor = await app.As("auditor");
        var loanRecords = (await (await auditor.GetAsync($"/api/v1/audit?entityType=Loan&entityId={loan}&action=RepayLoan&pageSize=100")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();
        loanRecords.Select(r => JsonDocument.Parse(r.GetProperty("after").GetString()!).RootElement.GetProperty("lastRepaymentSequence").GetInt64())
            .Should().BeEquivalentTo(Enumerable.Range(1, 30).Select(n => (long)n), "each repayment's change of the loan is recorded");
        foreach (var repayment in repayments.Take(3))
            (await (await auditor.GetAsync($"/api/v1/audit?entityType=LoanRepayment&entityId={repayment.GetProperty("id").GetGuid()}")).JsonAsync())
                .GetProperty("items").GetArrayLength().Should().Be(1);
        var audit = await (await auditor.GetAsync("/api/v1/audit/verify")).JsonAsync();
        audit.GetProperty("ok").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Two_supervisors_approving_one_withdrawal_at_once_post_it_once()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("CONCA", threshold: 10_000));
        await _banking.DepositAsync(account, 50_000);
        var requestId = (await (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 20_000, channel = "Cash" })).JsonAsync())
            .GetProperty("id").GetGuid();

        var supervisor = await app.As("supervisor");
        var admin = await app.As("sfd.admin");
        var responses = await Task.WhenAll(supervisor.PostJsonAsync($"/api/v1/withdrawals/{requestId}/approve"), admin.PostJsonAsync($"/api/v1/withdrawals/{requestId}/approve"));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity).Should().Be(1);
        (await _banking.BalanceAsync(account)).Should().Be(30_000);
    }
}

public sealed class IdempotencyTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);

    [Fact]
    public async Task The_same_key_and_body_replay_the_first_answer_and_move_nothing_more()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("IDEM1"));
        var agent = await app.As("agent");
        var key = Guid.NewGuid().ToString();
        var url = $"/api/v1/accounts/{account}/deposits";

        using var first = await Banking.SendMoneyAsync(agent, url, new { amount = 7_000, channel = "Cash" }, key);
        using var second = await Banking.SendMoneyAsync(agent, url, new { amount = 7_000, channel = "Cash" }, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        second.Headers.Location.Should().Be(first.Headers.Location);
        second.Headers.GetValues("Idempotent-Replayed").Single().Should().Be("true");
        (await _banking.BalanceAsync(account)).Should().Be(7_000);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("IDEM2"));
        var agent = await app.As("agent");
        var key = Guid.NewGuid().ToString();
        var url = $"/api/v1/accounts/{account}/deposits";

        (await Banking.SendMoneyAsync(agent, url, new { amount = 7_000, channel = "Cash" }, key)).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await Banking.SendMoneyAsync(agent, url, new { amount = 9_000, channel = "Cash" }, key)).ShouldBeProblemAsync(422, "idempotency_key_reused");
        (await _banking.BalanceAsync(account)).Should().Be(7_000);
    }

    [Fact]
    public async Task A_refused_request_stores_nothing_so_a_corrected_retry_with_the_same_key_works()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("IDEM3"));
        var agent = await app.As("agent");
        var key = Guid.NewGuid().ToString();
        var url = $"/api/v1/accounts/{account}/withdrawals";

        await (await Banking.SendMoneyAsync(agent, url, new { amount = 5_000, channel = "Cash" }, key)).ShouldBeProblemAsync(422, "insufficient_funds");
        await _banking.DepositAsync(account, 5_000);
        (await Banking.SendMoneyAsync(agent, url, new { amount = 5_000, channel = "Cash" }, key)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task Ten_concurrent_sends_of_one_key_move_money_once_and_answer_the_first_answer_or_409()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("IDEM4"));
        var agent = await app.As("agent");
        var key = Guid.NewGuid().ToString();
        var url = $"/api/v1/accounts/{account}/deposits";

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Banking.SendMoneyAsync(agent, url, new { amount = 2_500, channel = "Cash" }, key)));

        (await _banking.BalanceAsync(account)).Should().Be(2_500);
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        created.Should().NotBeEmpty();
        var bodies = new HashSet<string>();
        foreach (var response in created) bodies.Add(await response.Content.ReadAsStringAsync());
        bodies.Should().ContainSingle("every success is the first answer");
        foreach (var other in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await other.ShouldBeProblemAsync(409, "idempotency_key_in_use");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Keys_belong_to_an_institution_and_a_bad_key_is_400()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("IDEM5"));
        var agent = await app.As("agent");
        (await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{account}/deposits", new { amount = 100, channel = "Cash" }, "bad key with spaces"))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _banking.BalanceAsync(account)).Should().Be(0);
    }
}
