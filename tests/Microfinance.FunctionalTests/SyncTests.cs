namespace Microfinance.FunctionalTests;

/// <summary>
/// A phone's offline queue synced through POST /api/v1/sync/operations (docs/offline.md): every operation applied once
/// whatever is sent again — the same batch, a batch cut mid-flight, the same batch twice at once — refusals carried in
/// French without stopping the rest, and the value date the day the operation was recorded, within the tolerance.
/// </summary>
public sealed class SyncTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly Syncing _sync = new(app);
    private Collecting Collecting => new(app, _banking);
    private Lending Lending => new(app, _banking);

    /// <summary>Noon, the institution's time (Africa/Porto-Novo, UTC+1), <paramref name="daysAgo"/> days before its today.</summary>
    private static DateTimeOffset NoonDaysAgo(int daysAgo) => new(Lending.Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));

    private async Task<Guid> AccountAsync()
    {
        var product = await _banking.CreateProductAsync($"S{Guid.NewGuid():N}"[..8], kind: "Current");
        return await _banking.OpenActiveAccountAsync(product);
    }

    private async Task<Guid> LoanAsync() =>
        await Lending.ActiveLoanAsync(await Lending.CreateProductAsync($"L{Guid.NewGuid():N}"[..8]), 100_000, 4, 12);

    private Task<long> DepositsOnAsync(Guid account) =>
        app.ScalarAsync<long>($"SELECT count(*) FROM account_transactions WHERE account_id = '{account}' AND type = 'Deposit'");

    private Task<long> RepaymentsOnAsync(Guid loan) => app.ScalarAsync<long>($"SELECT count(*) FROM loan_repayments WHERE loan_id = '{loan}'");

    private Task<long> ContributionsOfAsync(Guid participant) =>
        app.ScalarAsync<long>($"SELECT count(*) FROM tontine_contributions WHERE participant_id = '{participant}'");

    private async Task<JsonElement> ParticipantAsync(Guid participant) =>
        await (await (await app.As("agent")).GetAsync($"/api/v1/tontine-participants/{participant}")).JsonAsync();

    private static void ShouldBeSynced(JsonElement result, bool replayed) =>
        (result.GetProperty("status").GetString(), result.GetProperty("replayed").GetBoolean(), result.GetProperty("problem").ValueKind)
            .Should().Be(("Synced", replayed, JsonValueKind.Null), result.ToString());

    private static JsonElement ShouldBeRefused(JsonElement result, int status, string code)
    {
        result.GetProperty("status").GetString().Should().Be("Refused", result.ToString());
        result.GetProperty("receipt").ValueKind.Should().Be(JsonValueKind.Null);
        var problem = result.GetProperty("problem");
        problem.GetProperty("status").GetInt32().Should().Be(status, problem.ToString());
        problem.GetProperty("code").GetString().Should().Be(code);
        problem.GetProperty("type").GetString().Should().StartWith("https://");
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        return problem;
    }

    [Fact]
    public async Task Twenty_operations_of_three_kinds_move_money_once_and_the_same_batch_again_replays_every_receipt()
    {
        var account = await AccountAsync();
        var loan = await LoanAsync();
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(), dailyAmount: 500);
        var before = await _banking.BalanceAsync(account);
        // Interleaved as an agent's round records them: 8 deposits, 6 repayments, 6 contributions.
        static bool IsDeposit(int i) => i % 3 == 0 || i == 19;
        var operations = Enumerable.Range(0, 20).Select(i => i switch
        {
            _ when IsDeposit(i) => Syncing.Deposit(account, 1_000 * (i + 1)),
            _ when i % 3 == 1 => Syncing.Repayment(loan, 5_000),
            _ => Syncing.Contribution(participant, 2),
        }).ToList();
        var depositTotal = Enumerable.Range(0, 20).Where(IsDeposit).Sum(i => 1_000m * (i + 1));

        var first = await _sync.ResultsAsync(operations);

        first.Should().AllSatisfy(r => ShouldBeSynced(r, replayed: false));
        first.Should().OnlyContain(r => r.GetProperty("valueDate").GetString() == Lending.Today.ToString("yyyy-MM-dd"));
        (await DepositsOnAsync(account)).Should().Be(8);
        (await RepaymentsOnAsync(loan)).Should().Be(6);
        (await ContributionsOfAsync(participant)).Should().Be(6);
        (await app.ScalarAsync<long>($"""
            SELECT count(*) FROM account_transactions t JOIN users u ON u.id = t.created_by
             WHERE t.account_id = '{account}' AND t.type = 'Deposit' AND u.user_name = 'agent'
            """)).Should().Be(8, "each operation's own scope still acts as the caller");
        (await _banking.BalanceAsync(account)).Should().Be(before + depositTotal);
        first[19].GetProperty("receipt").GetProperty("balanceAfter").GetDecimal().Should().Be(before + depositTotal, "the last deposit's receipt is the final balance");
        first[1].GetProperty("receipt").GetProperty("amount").GetDecimal().Should().Be(5_000, "a repayment's receipt is the repayment");
        (await Lending.LoanAsync(loan)).GetProperty("totalRepaid").GetDecimal().Should().Be(30_000);
        first[2].GetProperty("receipt").GetProperty("contribution").GetProperty("firstCell").GetInt64().Should().Be(1);
        (await ParticipantAsync(participant)).GetProperty("cellsFilled").GetInt64().Should().Be(12);

        var again = await _sync.ResultsAsync(operations);

        again.Should().AllSatisfy(r => ShouldBeSynced(r, replayed: true));
        again.Select(r => r.GetProperty("receipt").GetRawText()).Should().Equal(first.Select(r => r.GetProperty("receipt").GetRawText()),
            "a replay answers the first receipt");
        (await DepositsOnAsync(account)).Should().Be(8);
        (await RepaymentsOnAsync(loan)).Should().Be(6);
        (await ContributionsOfAsync(participant)).Should().Be(6);
        (await _banking.BalanceAsync(account)).Should().Be(before + depositTotal);
        (await app.ScalarAsync<long>("SELECT count(*) FROM audit_records WHERE action = 'DepositReplayed'")).Should().BeGreaterThanOrEqualTo(8,
            "each replay leaves its trail as a single endpoint's does");
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_batch_cut_after_the_first_ten_were_committed_sent_again_whole_applies_exactly_twenty()
    {
        var account = await AccountAsync();
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(), dailyAmount: 300);
        var operations = Enumerable.Range(0, 20)
            .Select(i => i % 2 == 0 ? Syncing.Deposit(account, 2_000) : Syncing.Contribution(participant, 1)).ToList();

        var cut = () => _sync.SendAsync(operations.Take(10), cutAfterCommit: true);
        await cut.Should().ThrowAsync<HttpRequestException>("the answer never reached the phone");
        (await DepositsOnAsync(account)).Should().Be(5, "the server committed the first ten");

        var results = await _sync.ResultsAsync(operations);

        results.Take(10).Should().AllSatisfy(r => ShouldBeSynced(r, replayed: true));
        results.Skip(10).Should().AllSatisfy(r => ShouldBeSynced(r, replayed: false));
        (await DepositsOnAsync(account) + await ContributionsOfAsync(participant)).Should().Be(20);
        (await _banking.BalanceAsync(account)).Should().Be(20_000);
        (await ParticipantAsync(participant)).GetProperty("cellsFilled").GetInt64().Should().Be(10);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task A_refusal_in_the_middle_carries_its_french_reason_and_code_and_the_rest_is_applied_and_it_is_judged_again_when_resent()
    {
        var account = await AccountAsync();
        var closed = await AccountAsync();
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/accounts/{closed}/close")).EnsureSuccessStatusCode();
        var refusedKey = $"closed-{Guid.NewGuid():N}";
        List<object> operations = [Syncing.Deposit(account, 1_000), Syncing.Deposit(closed, 1_000, key: refusedKey), Syncing.Deposit(account, 3_000)];

        var results = await _sync.ResultsAsync(operations);

        ShouldBeSynced(results[0], replayed: false);
        var problem = ShouldBeRefused(results[1], 422, "account_status_conflict");
        problem.GetProperty("detail").GetString().Should().Be("Seul un compte actif peut être mouvementé. Le compte est fermé.");
        problem.GetProperty("title").GetString().Should().Be("L'opération enfreint une règle de gestion.");
        results[1].GetProperty("valueDate").ValueKind.Should().Be(JsonValueKind.Null);
        ShouldBeSynced(results[2], replayed: false);
        (await _banking.BalanceAsync(account)).Should().Be(4_000, "the refusal stopped nothing after it");
        (await DepositsOnAsync(closed)).Should().Be(0);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM idempotency_keys WHERE key = '{refusedKey}'")).Should().Be(0, "a refusal is not remembered");

        var resent = await _sync.ResultsAsync([operations[1]]);

        ShouldBeRefused(resent[0], 422, "account_status_conflict").GetProperty("detail").GetString().Should().Contain("fermé",
            "judged again, not replayed");
        using var inEnglish = await _sync.SendAsync([operations[1]], language: "en");
        (await inEnglish.JsonAsync()).GetProperty("results")[0].GetProperty("problem").GetProperty("detail").GetString()
            .Should().StartWith("Money moves only on an active account.", "the reason is in the request's language");
    }

    [Fact]
    public async Task A_wrong_amount_or_a_missing_target_is_the_operations_own_refusal_with_the_single_endpoints_problem()
    {
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(), dailyAmount: 500);
        var account = await AccountAsync();

        var results = await _sync.ResultsAsync([
            Syncing.Operation("TontineContribution", participant, amount: 1_200),
            Syncing.Deposit(account, 100.5m),
            Syncing.Deposit(Guid.NewGuid(), 1_000),
        ]);

        ShouldBeRefused(results[0], 422, "contribution_not_multiple").GetProperty("detail").GetString().Should().Contain("mise journalière");
        ShouldBeRefused(results[1], 400, "validation_failed").GetProperty("errors").GetProperty("amount").GetArrayLength().Should().Be(1);
        ShouldBeRefused(results[2], 404, "not_found");
        (await ContributionsOfAsync(participant)).Should().Be(0);
    }

    [Fact]
    public async Task A_deposit_recorded_before_the_accounts_last_movement_is_valued_on_that_movements_day_not_refused()
    {
        var account = await AccountAsync();
        await _banking.DepositAsync(account, 2_000); // at the counter this morning, while the phone was offline

        var results = await _sync.ResultsAsync([Syncing.Deposit(account, 1_000, NoonDaysAgo(1)), Syncing.Deposit(account, 500, NoonDaysAgo(1))]);

        var today = Lending.Today.ToString("yyyy-MM-dd");
        foreach (var result in results)
        {
            ShouldBeSynced(result, replayed: false);
            result.GetProperty("valueDate").GetString().Should().Be(today, "the account's movements run in value-date order");
            result.GetProperty("receipt").GetProperty("valueDate").GetString().Should().Be(today);
        }
        (await _banking.BalanceAsync(account)).Should().Be(3_500);
        (await DepositsOnAsync(account)).Should().Be(3);

        // The phone never got the answer and sends the first again after the account moved on a later day: it is
        // replayed with the value date it was applied on, not the account's new last movement day.
        var first = Syncing.Deposit(account, 5_000, NoonDaysAgo(2), key: $"late-{Guid.NewGuid():N}");
        (await _sync.ResultsAsync([first]))[0].GetProperty("valueDate").GetString().Should().Be(today);
        await app.ExecuteSqlAsync($"UPDATE deposit_accounts SET last_value_date = last_value_date + 1 WHERE id = '{account}'");
        var replay = (await _sync.ResultsAsync([first]))[0];
        ShouldBeSynced(replay, replayed: true);
        replay.GetProperty("valueDate").GetString().Should().Be(today);
    }

    [Fact]
    public async Task The_value_date_is_the_day_recorded_within_the_tolerance_and_a_replay_outlives_the_tolerance()
    {
        var account = await AccountAsync();
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(), dailyAmount: 500);
        var admin = await app.As("sfd.admin");
        var yesterday = Lending.Today.AddDays(-1);
        var twoDaysAgo = Syncing.Deposit(account, 500, NoonDaysAgo(2));

        var results = await _sync.ResultsAsync([
            twoDaysAgo,
            Syncing.Deposit(account, 1_000, NoonDaysAgo(1)),
            Syncing.Deposit(account, 1_000, NoonDaysAgo(3)),
            Syncing.Deposit(account, 1_000, DateTimeOffset.UtcNow.AddHours(1)),
            Syncing.Deposit(account, 1_000, DateTimeOffset.UtcNow.AddMinutes(3)),
            Syncing.Contribution(participant, 1),
            Syncing.Contribution(participant, 2, NoonDaysAgo(1)),
        ]);

        ShouldBeSynced(results[0], replayed: false);
        results[0].GetProperty("receipt").GetProperty("valueDate").GetString().Should().Be(Lending.Today.AddDays(-2).ToString("yyyy-MM-dd"));
        results[1].GetProperty("valueDate").GetString().Should().Be(yesterday.ToString("yyyy-MM-dd"));
        ShouldBeRefused(results[2], 422, "recorded_too_long_ago").GetProperty("detail").GetString().Should()
            .Be($"L'opération a été enregistrée le {Lending.Today.AddDays(-3):dd/MM/yyyy}, il y a plus de 2 jour(s)\u00a0: l'institution ne l'accepte plus depuis un téléphone.");
        ShouldBeRefused(results[3], 422, "recorded_in_the_future").GetProperty("detail").GetString().Should().Contain("horloge du serveur");
        ShouldBeSynced(results[4], replayed: false);
        results[4].GetProperty("valueDate").GetString().Should().Be(Lending.Today.ToString("yyyy-MM-dd"), "a phone a few minutes ahead is believed");
        (await _banking.BalanceAsync(account)).Should().Be(2_500);

        // A past contribution after today's: cells stay in collection order, dated the day each was collected; the
        // booklet's last day stays today and today's total counts today's only.
        var late = results[6].GetProperty("receipt");
        late.GetProperty("contribution").GetProperty("date").GetString().Should().Be(yesterday.ToString("yyyy-MM-dd"));
        late.GetProperty("contribution").GetProperty("firstCell").GetInt64().Should().Be(2);
        late.GetProperty("participant").GetProperty("collectedToday").GetDecimal().Should().Be(500);
        var state = await ParticipantAsync(participant);
        state.GetProperty("lastContributionOn").GetString().Should().Be(Lending.Today.ToString("yyyy-MM-dd"));
        state.GetProperty("collectedToday").GetDecimal().Should().Be(500);
        state.GetProperty("cellsFilled").GetInt64().Should().Be(3);
        late.GetProperty("participant").GetRawText().Should().Be(state.GetRawText(), "the receipt says what a read says");
        var cells = (await (await (await app.As("agent")).GetAsync($"/api/v1/tontine-participants/{participant}/booklet")).JsonAsync())
            .GetProperty("cells").EnumerateArray().Take(3).Select(c => c.GetProperty("date").GetString()).ToList();
        cells.Should().Equal(Lending.Today.ToString("yyyy-MM-dd"), yesterday.ToString("yyyy-MM-dd"), yesterday.ToString("yyyy-MM-dd"));

        // The tolerance shrinks to one day: what was applied two days ago still replays; a new one of that day is refused.
        (await admin.PutJsonAsync("/api/v1/sync/settings", new { offlineToleranceDays = 1 })).EnsureSuccessStatusCode();
        try
        {
            var after = await _sync.ResultsAsync([twoDaysAgo, Syncing.Deposit(account, 500, NoonDaysAgo(2))]);
            ShouldBeSynced(after[0], replayed: true);
            ShouldBeRefused(after[1], 422, "recorded_too_long_ago");
        }
        finally
        {
            (await admin.PutJsonAsync("/api/v1/sync/settings", new { offlineToleranceDays = 2 })).EnsureSuccessStatusCode();
        }
        (await DepositsOnAsync(account)).Should().Be(3);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    [Fact]
    public async Task The_single_contribution_endpoint_takes_a_value_date_never_in_the_future()
    {
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(), dailyAmount: 500);

        var future = await (await Collecting.ContributeAsync(participant, new { days = 1, channel = "Cash", valueDate = Lending.Today.AddDays(1) }))
            .ShouldBeProblemAsync(400, "validation_failed");
        future.GetProperty("errors").GetProperty("valueDate")[0].GetString().Should().Be("La date de valeur ne peut pas être dans le futur.");
        using var past = await Collecting.ContributeAsync(participant, new { days = 1, channel = "Cash", valueDate = Lending.Today.AddDays(-3) });

        past.StatusCode.Should().Be(HttpStatusCode.Created, await past.Content.ReadAsStringAsync());
        (await past.JsonAsync()).GetProperty("contribution").GetProperty("date").GetString().Should().Be(Lending.Today.AddDays(-3).ToString("yyyy-MM-dd"));
        (await ParticipantAsync(participant)).GetProperty("collectedToday").GetDecimal().Should().Be(0, "nothing was collected today");
    }

    [Fact]
    public async Task The_same_key_with_another_operation_is_refused_and_moves_nothing()
    {
        var account = await AccountAsync();
        var key = $"k-{Guid.NewGuid():N}";
        ShouldBeSynced((await _sync.ResultsAsync([Syncing.Deposit(account, 1_000, key: key)]))[0], replayed: false);

        var results = await _sync.ResultsAsync([Syncing.Deposit(account, 2_000, key: key)]);

        ShouldBeRefused(results[0], 422, "idempotency_key_reused").GetProperty("detail").GetString().Should().Contain("Idempotency-Key");
        (await DepositsOnAsync(account)).Should().Be(1);
        (await _banking.BalanceAsync(account)).Should().Be(1_000);
    }

    [Fact]
    public async Task A_new_client_recorded_offline_is_created_once_however_long_ago()
    {
        var phone = $"+2299{Random.Shared.Next(1_000_000, 9_999_999)}";
        var operation = Syncing.Operation("NewClient", null, NoonDaysAgo(5), client: new
        {
            firstName = "Afi", lastName = "Kpodar", gender = "Female", dateOfBirth = "1990-03-01", phone, city = "Cotonou",
        });

        var first = await _sync.ResultsAsync([operation]);
        var again = await _sync.ResultsAsync([operation]);

        ShouldBeSynced(first[0], replayed: false);
        first[0].GetProperty("receipt").GetProperty("lastName").GetString().Should().Be("Kpodar");
        first[0].GetProperty("valueDate").ValueKind.Should().Be(JsonValueKind.Null, "a client has no value date, so no tolerance");
        ShouldBeSynced(again[0], replayed: true);
        again[0].GetProperty("receipt").GetProperty("id").GetGuid().Should().Be(first[0].GetProperty("receipt").GetProperty("id").GetGuid());
        (await app.ScalarAsync<long>($"SELECT count(*) FROM clients WHERE phone = '{phone}'")).Should().Be(1);
    }

    [Fact]
    public async Task The_same_batch_sent_twice_at_once_moves_each_operation_once_and_a_retry_completes_it()
    {
        var account = await AccountAsync();
        var operations = Enumerable.Range(0, 10).Select(_ => Syncing.Deposit(account, 1_000)).ToList();

        var both = await Task.WhenAll(_sync.ResultsAsync(operations), _sync.ResultsAsync(operations));

        var all = both.SelectMany(r => r).ToList();
        all.Where(r => r.GetProperty("status").GetString() == "Refused")
            // The other request held the key (or, had it committed between the two reads, its row refuses a second one).
            .Select(r => r.GetProperty("problem").GetProperty("code").GetString()).Should().BeSubsetOf(["idempotency_key_in_use", "duplicate"]);
        (await DepositsOnAsync(account)).Should().Be(10);
        var retried = await _sync.ResultsAsync(operations);
        retried.Should().OnlyContain(r => r.GetProperty("status").GetString() == "Synced" && r.GetProperty("replayed").GetBoolean());
        (await DepositsOnAsync(account)).Should().Be(10);
        (await _banking.BalanceAsync(account)).Should().Be(10_000);
        (await _banking.VerifyAsync()).ShouldBeOk();
    }

    public static TheoryData<string, string> BadEnvelopes => new()
    {
        { """{"deviceId":"p1","operations":[]}""", "operations" },
        { """{"deviceId":"bad id!","operations":[OP]}""", "deviceId" },
        { """{"deviceId":"p1","operations":[OP,OP]}""", "operations" },
        { """{"deviceId":"p1","operations":[{"key":"a b","kind":"Deposit","targetId":"TARGET","recordedAt":"NOW","amount":1000}]}""", "operations[0].key" },
        { """{"deviceId":"p1","operations":[{"key":"k1","kind":"Withdrawal","targetId":"TARGET","recordedAt":"NOW","amount":1000}]}""", "operations[0].kind" },
        { """{"deviceId":"p1","operations":[OP,{"key":"k2","kind":"Deposit","recordedAt":"NOW","amount":1000}]}""", "operations[1].targetId" },
        { """{"deviceId":"p1","operations":[OP,{"key":"k2","kind":"Deposit","targetId":"TARGET","recordedAt":"NOW"}]}""", "operations[1].amount" },
        { """{"deviceId":"p1","operations":[OP,{"key":"k2","kind":"TontineContribution","targetId":"TARGET","recordedAt":"NOW"}]}""", "operations[1].days" },
        { """{"deviceId":"p1","operations":[OP,{"key":"k2","kind":"NewClient","recordedAt":"NOW"}]}""", "operations[1].client" },
        { """{"deviceId":"p1","operations":[{"key":"k1","kind":"Deposit","targetId":"TARGET","amount":1000}]}""", "operations[0].recordedAt" },
    };

    [Theory]
    [MemberData(nameof(BadEnvelopes))]
    public async Task A_malformed_envelope_is_a_400_naming_the_field_and_nothing_is_processed(string body, string field)
    {
        var account = await AccountAsync();
        var op = $$"""{"key":"k1","kind":"Deposit","targetId":"{{account}}","recordedAt":"{{DateTimeOffset.UtcNow:O}}","amount":1000}""";
        var json = body.Replace("OP", op).Replace("TARGET", account.ToString()).Replace("NOW", DateTimeOffset.UtcNow.ToString("O"));

        using var response = await (await app.As("agent")).PostAsync(Syncing.Url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(400);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase),
            problem.ToString());
        (await DepositsOnAsync(account)).Should().Be(0);
    }

    [Fact]
    public async Task More_than_500_operations_is_a_400()
    {
        var account = Guid.NewGuid();

        using var response = await _sync.SendAsync(Enumerable.Range(0, 501).Select(_ => Syncing.Deposit(account, 1_000)));

        (await response.ShouldBeProblemAsync(400, "validation_failed")).GetProperty("errors").GetProperty("operations")[0].GetString()
            .Should().Be("Un lot contient au plus 500 opérations.");
    }
}
