namespace Microfinance.FunctionalTests;

/// <summary>
/// Tontines through the API as staff use them: a tontine opened, a client's adhesion checked and paid for, days
/// collected into the booklet across cycles (the first cell of each the commission), savings withdrawn by a decision
/// of another user — every step posted to the ledger, which still verifies; and the same under concurrency, replays,
/// mobile money and a closed tontine.
/// </summary>
public sealed class TontineTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly Paying _paying = new(app);
    private Collecting Collecting => new(app, _banking);

    private async Task<JsonElement> ParticipantStateAsync(Guid participant) =>
        await (await (await app.As("agent")).GetAsync($"/api/v1/tontine-participants/{participant}")).JsonAsync();

    private async Task<JsonElement> BookletAsync(Guid participant, int cycle) =>
        await (await (await app.As("agent")).GetAsync($"/api/v1/tontine-participants/{participant}/booklet?cycle={cycle}")).JsonAsync();

    private async Task<decimal> CollectedTodayAsync() =>
        (await (await (await app.As("agent")).GetAsync("/api/v1/dashboard")).JsonAsync()).GetProperty("agent").GetProperty("collectionsToday")
            .GetProperty("amount").GetDecimal();

    private Task<decimal> PostedOnAsync(string glCode, Guid? participant = null) => app.ScalarAsync<decimal>($"""
        SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l JOIN gl_accounts g ON g.id = l.gl_account_id
         WHERE g.code = '{glCode}' {(participant is { } p ? $"AND l.tontine_participant_id = '{p}'" : "")}
        """)!;

    [Fact]
    public async Task Adhesion_fee_35_days_and_a_withdrawal_fill_two_cycles_with_two_commissions_and_post_every_step()
    {
        var tontine = await Collecting.OpenTontineAsync(fee: 1_000);
        var agent = await app.As("agent");
        var client = await _banking.CreateClientAsync();
        var feesBefore = await PostedOnAsync("706");
        var commissionsBefore = await PostedOnAsync("705");

        using var outOfBounds = await agent.PostJsonAsync($"/api/v1/tontines/{tontine}/adhesions", new { clientId = client, dailyAmount = 100 });
        var problem = await outOfBounds.ShouldBeProblemAsync(422, "daily_amount_out_of_bounds");
        problem.GetProperty("detail").GetString().Should().Contain("200").And.Contain("5");

        using var requested = await agent.PostJsonAsync($"/api/v1/tontines/{tontine}/adhesions", new { clientId = client, dailyAmount = 500 });
        requested.StatusCode.Should().Be(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
        var adhesion = (await requested.JsonAsync()).GetProperty("id").GetGuid();
        (await agent.PostJsonAsync($"/api/v1/tontines/{tontine}/adhesions", new { clientId = client, dailyAmount = 500 }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "one adhesion at a time per client and tontine");
        await (await agent.PostJsonAsync($"/api/v1/tontine-adhesions/{adhesion}/pay-fee", new { channel = "Cash" }))
            .ShouldBeProblemAsync(422, "adhesion_not_validated");
        (await agent.PostJsonAsync($"/api/v1/tontine-adhesions/{adhesion}/validate")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var paid = await agent.PostJsonAsync($"/api/v1/tontine-adhesions/{adhesion}/pay-fee", new { channel = "Cash" });
        paid.StatusCode.Should().Be(HttpStatusCode.OK, await paid.Content.ReadAsStringAsync());
        var active = await paid.JsonAsync();
        active.GetProperty("status").GetString().Should().Be("Active");
        var participant = active.GetProperty("participantId").GetGuid();
        (await PostedOnAsync("706") - feesBefore).Should().Be(1_000);
        (await ParticipantStateAsync(participant)).GetProperty("cellsFilled").GetInt64().Should().Be(0, "an active participant starts with an empty booklet");

        await (await Collecting.ContributeAsync(participant, new { amount = 1_200, channel = "Cash" })).ShouldBeProblemAsync(422, "contribution_not_multiple");
        var collectedBefore = await CollectedTodayAsync();
        using var collected = await Collecting.ContributeAsync(participant, new { days = 35, channel = "Cash" }, Guid.NewGuid().ToString());
        collected.StatusCode.Should().Be(HttpStatusCode.Created, await collected.Content.ReadAsStringAsync());
        var receipt = await collected.JsonAsync();
        var contribution = receipt.GetProperty("contribution");
        contribution.GetProperty("firstCell").GetInt64().Should().Be(1);
        contribution.GetProperty("lastCell").GetInt64().Should().Be(35);
        contribution.GetProperty("amount").GetDecimal().Should().Be(17_500);
        contribution.GetProperty("commissionAmount").GetDecimal().Should().Be(1_000, "cells 1 and 32 open cycles 1 and 2");
        contribution.GetProperty("savingAmount").GetDecimal().Should().Be(16_500);
        contribution.GetProperty("collectedByName").GetString().Should().NotBeNullOrEmpty();
        var after = receipt.GetProperty("participant");
        after.GetProperty("cellsFilled").GetInt64().Should().Be(35);
        after.GetProperty("currentCycle").GetInt32().Should().Be(2);
        after.GetProperty("savedBalance").GetDecimal().Should().Be(16_500);
        after.GetProperty("commissionTotal").GetDecimal().Should().Be(1_000);
        after.GetProperty("collectedToday").GetDecimal().Should().Be(17_500);
        (await CollectedTodayAsync()).Should().Be(collectedBefore + 17_500, "a contribution in cash is one of the agent's collections");
        var listed = (await (await agent.GetAsync($"/api/v1/tontine-participants/{participant}/contributions")).JsonAsync()).GetProperty("items")[0];
        listed.GetRawText().Should().Be(contribution.GetRawText(), "the receipt is built from what was written, and is what a read returns");
        (await ParticipantStateAsync(participant)).GetRawText().Should().Be(after.GetRawText());

        var first = await BookletAsync(participant, 1);
        first.GetProperty("cycleCount").GetInt32().Should().Be(2);
        var firstCells = first.GetProperty("cells").EnumerateArray().ToList();
        firstCells.Should().HaveCount(31);
        firstCells[0].GetProperty("kind").GetString().Should().Be("Commission");
        firstCells.Skip(1).Should().OnlyContain(c => c.GetProperty("kind").GetString() == "Saving");
        firstCells.Should().OnlyContain(c => c.GetProperty("date").ValueKind == JsonValueKind.String, "cycle 1 is full");
        var second = (await BookletAsync(participant, 2)).GetProperty("cells").EnumerateArray().ToList();
        second[0].GetProperty("kind").GetString().Should().Be("Commission");
        second.Take(4).Should().OnlyContain(c => c.GetProperty("amount").GetDecimal() == 500 && c.GetProperty("channel").GetString() == "Cash");
        second.Skip(4).Should().OnlyContain(c => c.GetProperty("date").ValueKind == JsonValueKind.Null, "cells 5 to 31 of cycle 2 are empty");
        (await agent.GetAsync($"/api/v1/tontine-participants/{participant}/booklet?cycle=3")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        await (await agent.PostJsonAsync($"/api/v1/tontine-participants/{participant}/withdrawals", new { amount = 16_501 }))
            .ShouldBeProblemAsync(422, "tontine_insufficient_savings");
        using var asked = await agent.PostJsonAsync($"/api/v1/tontine-participants/{participant}/withdrawals", new { amount = 10_000 });
        asked.StatusCode.Should().Be(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var withdrawal = (await asked.JsonAsync()).GetProperty("id").GetGuid();
        await (await agent.PostJsonAsync($"/api/v1/tontine-withdrawals/{withdrawal}/approve")).ShouldBeProblemAsync(422, "maker_checker");
        using var approved = await (await app.As("supervisor")).PostJsonAsync($"/api/v1/tontine-withdrawals/{withdrawal}/approve");
        approved.StatusCode.Should().Be(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await approved.JsonAsync()).GetProperty("status").GetString().Should().Be("Approved");

        var final = await ParticipantStateAsync(participant);
        final.GetProperty("savedBalance").GetDecimal().Should().Be(6_500);
        final.GetProperty("withdrawnTotal").GetDecimal().Should().Be(10_000);
        (await PostedOnAsync("254", participant)).Should().Be(6_500, "the participant's sub-ledger is its savings");
        (await PostedOnAsync("705") - commissionsBefore).Should().Be(1_000);
        var tontineState = await (await agent.GetAsync($"/api/v1/tontines/{tontine}")).JsonAsync();
        tontineState.GetProperty("participantCount").GetInt32().Should().Be(1);
        tontineState.GetProperty("savedTotal").GetDecimal().Should().Be(6_500);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task Concurrent_contributions_fill_contiguous_cells_none_twice_none_skipped()
    {
        var tontine = await Collecting.OpenTontineAsync(cycleLengthDays: 7);
        var participant = await Collecting.ParticipantAsync(tontine, dailyAmount: 300);
        var days = Enumerable.Range(0, 24).Select(i => i % 3 + 1).ToList();

        var responses = await Task.WhenAll(days.Select(n => Collecting.ContributeAsync(participant, new { days = n, channel = "Cash" }, Guid.NewGuid().ToString())));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created);
        var k = days.Sum();
        var runs = (await Task.WhenAll(responses.Select(r => r.JsonAsync())))
            .Select(r => (First: r.GetProperty("contribution").GetProperty("firstCell").GetInt64(), Last: r.GetProperty("contribution").GetProperty("lastCell").GetInt64()))
            .OrderBy(r => r.First).ToList();
        runs[0].First.Should().Be(1);
        runs.Zip(runs.Skip(1)).Should().OnlyContain(p => p.Second.First == p.First.Last + 1, "each contribution starts where the previous one ended");
        runs[^1].Last.Should().Be(k);
        var state = await ParticipantStateAsync(participant);
        state.GetProperty("cellsFilled").GetInt64().Should().Be(k);
        state.GetProperty("commissionTotal").GetDecimal().Should().Be(Math.Ceiling(k / 7m) * 300);
        state.GetProperty("savedBalance").GetDecimal().Should().Be((k - Math.Ceiling(k / 7m)) * 300);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_replayed_contribution_returns_the_first_answer_and_fills_nothing_more()
    {
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync());
        var key = Guid.NewGuid().ToString();

        using var first = await Collecting.ContributeAsync(participant, new { days = 3, channel = "Cash" }, key);
        using var again = await Collecting.ContributeAsync(participant, new { days = 3, channel = "Cash" }, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await ParticipantStateAsync(participant)).GetProperty("cellsFilled").GetInt64().Should().Be(3);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM tontine_contributions WHERE participant_id = '{participant}'")).Should().Be(1);
    }

    [Fact]
    public async Task A_receipt_names_who_collected_even_when_it_is_not_the_participants_collector()
    {
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync());

        using var byCollector = await Collecting.ContributeAsync(participant, new { days = 1, channel = "Cash" });
        using var bySupervisor = await Collecting.ContributeAsync(participant, new { days = 2, channel = "Cash" }, user: "supervisor");

        var supervisorName = await app.ScalarAsync<string>("SELECT display_name FROM users WHERE user_name = 'supervisor'");
        var agentName = await app.ScalarAsync<string>("SELECT display_name FROM users WHERE user_name = 'agent'");
        var first = await byCollector.JsonAsync();
        first.GetProperty("contribution").GetProperty("collectedByName").GetString().Should().Be(agentName);
        first.GetProperty("participant").GetProperty("collectorName").GetString().Should().Be(agentName);
        var second = await bySupervisor.JsonAsync();
        second.GetProperty("contribution").GetProperty("collectedByName").GetString().Should().Be(supervisorName);
        second.GetProperty("participant").GetProperty("collectedToday").GetDecimal().Should().Be(1_500, "the day's total includes both");
    }

    [Fact]
    public async Task A_collectors_round_counts_every_participant_who_paid_today_and_what_they_paid()
    {
        var tontine = await Collecting.OpenTontineAsync();
        var agent = await app.As("agent");
        var agentId = (await (await agent.GetAsync("/api/v1/auth/me")).JsonAsync()).GetProperty("id").GetGuid();
        var before = await (await agent.GetAsync($"/api/v1/tontine-participants/round?agentId={agentId}")).JsonAsync();
        var paying = await Collecting.ParticipantAsync(tontine);
        await Collecting.ParticipantAsync(tontine);
        (await Collecting.ContributeAsync(paying, new { days = 3, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);

        var round = await (await agent.GetAsync($"/api/v1/tontine-participants/round?agentId={agentId}")).JsonAsync();

        round.GetProperty("participants").GetInt32().Should().Be(before.GetProperty("participants").GetInt32() + 2);
        round.GetProperty("paid").GetInt32().Should().Be(before.GetProperty("paid").GetInt32() + 1);
        round.GetProperty("collected").GetDecimal().Should().Be(before.GetProperty("collected").GetDecimal() + 1_500);
        (await app.ScalarAsync<long>($"""
            SELECT count(*) FROM tontine_participants WHERE collector_id = '{agentId}' AND status = 'Active'
            """)).Should().Be(round.GetProperty("participants").GetInt32());
        (await (await agent.GetAsync("/api/v1/tontine-participants/round")).JsonAsync()).GetProperty("agentId").GetGuid().Should().Be(agentId,
            "without agentId, the round is the caller's");
    }

    [Fact]
    public async Task Two_approvals_of_withdrawals_that_together_exceed_the_savings_pay_only_one()
    {
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync());
        (await Collecting.ContributeAsync(participant, new { days = 11, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created); // 5 000 saved
        Guid[] ids = [await Collecting.PendingWithdrawalAsync(participant, 4_000), await Collecting.PendingWithdrawalAsync(participant, 4_000)];
        var supervisor = await app.As("supervisor");

        var decisions = await Task.WhenAll(ids.Select(id => supervisor.PostJsonAsync($"/api/v1/tontine-withdrawals/{id}/approve")));

        decisions.Count(d => d.StatusCode == HttpStatusCode.OK).Should().Be(1);
        await decisions.Single(d => d.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(422, "tontine_insufficient_savings");
        (await ParticipantStateAsync(participant)).GetProperty("savedBalance").GetDecimal().Should().Be(1_000);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task The_adhesion_fee_and_a_contribution_paid_by_mobile_money_are_posted_when_the_provider_confirms_them()
    {
        var tontine = await Collecting.OpenTontineAsync(fee: 1_500);
        var adhesion = await Collecting.ValidatedAdhesionAsync(tontine, dailyAmount: 400);
        (await _paying.CreateAsync("TontineAdhesionFee", adhesion, 1_000, Paying.Pays)).StatusCode.Should().Be((HttpStatusCode)422, "the fee is 1 500");

        var fee = await _paying.IntentAsync("TontineAdhesionFee", adhesion, 1_500, Paying.Pays);
        var settledFee = await _paying.SettledAsync(fee);
        settledFee.GetProperty("status").GetString().Should().Be("Succeeded");
        var code = await app.ScalarAsync<string>($"SELECT code FROM tontines WHERE id = '{tontine}'");
        settledFee.GetProperty("targetNumber").GetString().Should().Be(code, "a tontine's payment names its tontine");
        var adhesions = await (await (await app.As("agent")).GetAsync($"/api/v1/tontine-adhesions?tontineId={tontine}")).JsonAsync();
        var active = adhesions.GetProperty("items").EnumerateArray().Single();
        active.GetProperty("status").GetString().Should().Be("Active");
        active.GetProperty("feeChannel").GetString().Should().Be("MobileMoney");
        var participant = active.GetProperty("participantId").GetGuid();

        (await _paying.CreateAsync("TontineContribution", participant, 1_000, Paying.Pays)).StatusCode.Should().Be((HttpStatusCode)422,
            "1 000 is not a whole number of days at 400");
        var contribution = await _paying.IntentAsync("TontineContribution", participant, 1_200, Paying.Pays);
        (await _paying.SettledAsync(contribution)).GetProperty("status").GetString().Should().Be("Succeeded");

        var state = await ParticipantStateAsync(participant);
        state.GetProperty("cellsFilled").GetInt64().Should().Be(3);
        state.GetProperty("savedBalance").GetDecimal().Should().Be(800);
        var booklet = (await BookletAsync(participant, 1)).GetProperty("cells").EnumerateArray().Take(3).ToList();
        booklet.Should().OnlyContain(c => c.GetProperty("channel").GetString() == "MobileMoney");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_closed_tontine_takes_no_adhesion_or_contribution_but_its_participants_still_withdraw()
    {
        var tontine = await Collecting.OpenTontineAsync();
        var participant = await Collecting.ParticipantAsync(tontine);
        (await Collecting.ContributeAsync(participant, new { days = 5, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var pending = await Collecting.ValidatedAdhesionAsync(tontine);

        using var closed = await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/tontines/{tontine}/close");
        closed.StatusCode.Should().Be(HttpStatusCode.OK);

        var agent = await app.As("agent");
        await (await Collecting.ContributeAsync(participant, new { days = 1, channel = "Cash" })).ShouldBeProblemAsync(422, "participant_not_active");
        await (await agent.PostJsonAsync($"/api/v1/tontines/{tontine}/adhesions", new { clientId = await _banking.CreateClientAsync(), dailyAmount = 500 }))
            .ShouldBeProblemAsync(422, "tontine_not_open");
        await (await agent.PostJsonAsync($"/api/v1/tontine-adhesions/{pending}/pay-fee", new { channel = "Cash" })).ShouldBeProblemAsync(422, "tontine_not_open");
        (await ParticipantStateAsync(participant)).GetProperty("status").GetString().Should().Be("Closed");
        var withdrawal = await Collecting.PendingWithdrawalAsync(participant, 2_000);
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/tontine-withdrawals/{withdrawal}/approve")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ParticipantStateAsync(participant)).GetProperty("savedBalance").GetDecimal().Should().Be(0);
    }

    [Fact]
    public async Task Only_the_SfdAdmin_manages_tontines_and_bad_terms_are_refused_field_by_field()
    {
        var agent = await app.As("agent");
        (await agent.PostJsonAsync("/api/v1/tontines", new { name = "X", code = "XX", minDailyAmount = 200, maxDailyAmount = 500, adhesionFee = 0, cycleLengthDays = 31 }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        using var invalid = await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/tontines",
            new { name = "", code = "x", minDailyAmount = 500, maxDailyAmount = 200, adhesionFee = -1, cycleLengthDays = 1 });
        var problem = await invalid.ShouldBeProblemAsync(400);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should()
            .Contain(["name", "code", "maxDailyAmount", "adhesionFee", "cycleLengthDays"]);
    }
}
