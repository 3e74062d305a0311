namespace Microfinance.FunctionalTests;

/// <summary>
/// The notifications feed as staff see it: who is told what (in their language, in the business change's transaction),
/// the unread count, marking read, the kinds a user also wants by e-mail, and that nobody reads another's feed.
/// </summary>
public sealed class NotificationTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    private async Task<JsonElement> FeedAsync(string user, string query = "") =>
        await (await (await app.As(user)).GetAsync($"/api/v1/notifications?pageSize=100{query}")).JsonAsync();

    private async Task<int> UnreadAsync(string user) =>
        (await (await (await app.As(user)).GetAsync("/api/v1/notifications/unread-count")).JsonAsync()).GetProperty("count").GetInt32();

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    /// <summary>An active account whose product sends withdrawals above 50 000 to a supervisor, holding 500 000.</summary>
    private async Task<(Guid Id, string Number)> AccountWithThresholdAsync(string code)
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync(code, threshold: 50_000));
        await _banking.DepositAsync(account, 500_000);
        var number = (await (await (await app.As("agent")).GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString()!;
        return (account, number);
    }

    private async Task RequestWithdrawalAsync(Guid account, decimal amount)
    {
        using var requested = await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount, channel = "Cash" });
        requested.StatusCode.Should().Be(HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_withdrawal_waiting_for_approval_tells_the_branchs_supervisors_in_french_with_a_link_to_the_inbox()
    {
        var (account, number) = await AccountWithThresholdAsync("NTF1");
        var before = await UnreadAsync("supervisor");
        var agentBefore = Items(await FeedAsync("agent")).Count();

        await RequestWithdrawalAsync(account, 75_000);

        (await UnreadAsync("supervisor")).Should().Be(before + 1);
        var line = Items(await FeedAsync("supervisor", "&kind=WithdrawalPendingApproval")).First(n => n.GetProperty("body").GetString()!.Contains(number));
        line.GetProperty("title").GetString().Should().Be("Retrait à approuver");
        line.GetProperty("body").GetString().Should().Be($"Awa Diallo demande un retrait de 75 000 FCFA sur le compte {number} de Adjoa Mensah.");
        line.GetProperty("link").GetString().Should().Be("/approvals");
        line.GetProperty("readAt").ValueKind.Should().Be(JsonValueKind.Null);
        // The agent who asked, and roles that do not approve, are not told.
        Items(await FeedAsync("agent")).Should().HaveCount(agentBefore);
        Items(await FeedAsync("accountant", "&kind=WithdrawalPendingApproval")).Should().BeEmpty();
        // The notification is in the audit trail, in the withdrawal request's record.
        (await app.ScalarAsync<long>($"""
            SELECT count(*) FROM audit_records WHERE action = 'Withdraw' AND entity_type = 'Notification'
            """)).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_refused_request_tells_nobody_anything()
    {
        var (account, _) = await AccountWithThresholdAsync("NTF2");
        var before = await app.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE kind = 'WithdrawalPendingApproval'");

        // Above the threshold but more than the balance: refused before anything is written.
        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/accounts/{account}/withdrawals", new { amount = 900_000, channel = "Cash" }))
            .ShouldBeProblemAsync(422, "insufficient_funds");

        (await app.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE kind = 'WithdrawalPendingApproval'")).Should().Be(before);
    }

    [Fact]
    public async Task Marking_read_one_then_all_brings_the_unread_count_to_zero_and_filters_follow()
    {
        var (account, _) = await AccountWithThresholdAsync("NTF3");
        await RequestWithdrawalAsync(account, 60_000);
        await RequestWithdrawalAsync(account, 70_000);
        var supervisor = await app.As("supervisor");
        var unread = Items(await FeedAsync("supervisor", "&unreadOnly=true")).ToList();
        unread.Should().HaveCount(await UnreadAsync("supervisor")).And.HaveCountGreaterThanOrEqualTo(2);
        unread.Select(n => n.GetProperty("createdAt").GetDateTimeOffset()).Should().BeInDescendingOrder();

        var first = unread[0].GetProperty("id").GetGuid();
        using var read = await supervisor.PostJsonAsync($"/api/v1/notifications/{first}/read");
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        var readAt = (await read.JsonAsync()).GetProperty("readAt").GetDateTimeOffset();
        (await UnreadAsync("supervisor")).Should().Be(unread.Count - 1);
        // Reading it again keeps the first time.
        (await (await supervisor.PostJsonAsync($"/api/v1/notifications/{first}/read")).JsonAsync()).GetProperty("readAt").GetDateTimeOffset().Should().Be(readAt);

        using var all = await supervisor.PostJsonAsync("/api/v1/notifications/read-all");
        (await all.JsonAsync()).GetProperty("count").GetInt32().Should().Be(unread.Count - 1);
        (await UnreadAsync("supervisor")).Should().Be(0);
        Items(await FeedAsync("supervisor", "&unreadOnly=true")).Should().BeEmpty();
        Items(await FeedAsync("supervisor", "&kind=WithdrawalPendingApproval")).Should().OnlyContain(n => n.GetProperty("kind").GetString() == "WithdrawalPendingApproval")
            .And.HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Nobody_reads_or_marks_another_users_notification()
    {
        var (account, _) = await AccountWithThresholdAsync("NTF4");
        await RequestWithdrawalAsync(account, 80_000);
        var line = Items(await FeedAsync("supervisor")).First().GetProperty("id").GetGuid();

        await (await (await app.As("agent")).PostJsonAsync($"/api/v1/notifications/{line}/read")).ShouldBeProblemAsync(404);
        Items(await FeedAsync("agent")).Select(n => n.GetProperty("id").GetGuid()).Should().NotContain(line);
        await (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/notifications/{Guid.NewGuid()}/read")).ShouldBeProblemAsync(404);
        // A PlatformAdmin works in no institution and has no feed.
        (await (await app.As("platform.admin")).GetAsync("/api/v1/notifications")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_institutions_staff_never_see_this_ones_notifications()
    {
        var (account, _) = await AccountWithThresholdAsync("NTF5");
        await RequestWithdrawalAsync(account, 90_000);
        var line = Items(await FeedAsync("supervisor")).First().GetProperty("id").GetGuid();

        var code = $"N{Guid.NewGuid():N}"[..10];
        using var created = await (await app.As("platform.admin")).PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin Voisine", adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var neighbour = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");

        (await (await neighbour.GetAsync("/api/v1/notifications")).JsonAsync()).GetProperty("totalCount").GetInt32().Should().Be(0);
        (await (await neighbour.GetAsync("/api/v1/notifications/unread-count")).JsonAsync()).GetProperty("count").GetInt32().Should().Be(0);
        await (await neighbour.PostJsonAsync($"/api/v1/notifications/{line}/read")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task A_user_who_reads_english_and_wants_a_kind_by_email_gets_both_and_the_email_waits_in_the_outbox()
    {
        var supervisor = await app.As("supervisor");
        await (await supervisor.PutJsonAsync("/api/v1/notifications/preferences", new { language = "de", emailKinds = Array.Empty<string>() }))
            .ShouldBeProblemAsync(400);
        await (await supervisor.PutJsonAsync("/api/v1/notifications/preferences", new { language = "en", emailKinds = new[] { "NoSuchKind" } }))
            .ShouldBeProblemAsync(400);
        using var set = await supervisor.PutJsonAsync("/api/v1/notifications/preferences",
            new { language = "en", emailKinds = new[] { "WithdrawalPendingApproval", "AccountPendingApproval" } });
        set.StatusCode.Should().Be(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        var preferences = await (await supervisor.GetAsync("/api/v1/notifications/preferences")).JsonAsync();
        preferences.GetProperty("language").GetString().Should().Be("en");
        preferences.GetProperty("email").GetString().Should().Be("supervisor@demo.microfinance.local");
        preferences.GetProperty("emailKinds").EnumerateArray().Select(k => k.GetString()).Should().Equal("WithdrawalPendingApproval", "AccountPendingApproval");
        try
        {
            var (account, number) = await AccountWithThresholdAsync("NTF6");
            await RequestWithdrawalAsync(account, 65_000);

            var line = Items(await FeedAsync("supervisor", "&kind=WithdrawalPendingApproval")).First(n => n.GetProperty("body").GetString()!.Contains(number));
            line.GetProperty("title").GetString().Should().Be("Withdrawal waiting for approval");
            line.GetProperty("body").GetString().Should().Be($"Awa Diallo asks to withdraw 65 000 FCFA from account {number} of Adjoa Mensah.");
            (await app.ScalarAsync<string>($"""
                SELECT recipient || '|' || subject || '|' || status FROM outbox_messages
                WHERE channel = 'Email' AND kind = 'WithdrawalPendingApproval' AND body LIKE '%{number}%'
                """)).Should().Be("supervisor@demo.microfinance.local|Withdrawal waiting for approval|Pending");
        }
        finally
        {
            await supervisor.PutJsonAsync("/api/v1/notifications/preferences", new { language = "fr", emailKinds = Array.Empty<string>() });
        }
    }

    [Fact]
    public async Task A_loan_application_is_told_to_the_role_that_acts_next_and_back_to_its_agent()
    {
        var product = await Lending.CreateProductAsync("NTFL");
        var loan = await Lending.ApprovedLoanAsync(product, 300_000, 6, 18);
        var number = (await Lending.LoanAsync(loan)).GetProperty("number").GetString()!;

        async Task<List<string>> StepsAsync(string user) => Items(await FeedAsync(user, "&kind=LoanApplicationStep"))
            .Where(n => n.GetProperty("link").GetString() == $"/loans/{loan}").Select(n => n.GetProperty("title").GetString()!).Reverse().ToList();

        // Submitted → supervisors (to review); recommended → SfdAdmins (to approve); approved → supervisors (to disburse).
        (await StepsAsync("supervisor")).Should().Equal($"Demande de prêt {number}\u00a0: soumis", $"Demande de prêt {number}\u00a0: approuvé");
        (await StepsAsync("sfd.admin")).Should().Equal($"Demande de prêt {number}\u00a0: recommandé");
        // The agent who wrote it hears of every step but their own submission.
        (await StepsAsync("agent")).Should().Equal(
            $"Demande de prêt {number}\u00a0: en cours d'examen", $"Demande de prêt {number}\u00a0: recommandé", $"Demande de prêt {number}\u00a0: approuvé");
    }

    [Fact]
    public async Task A_tontine_adhesion_validated_by_someone_else_is_told_to_the_agent_who_asked_and_no_one_is_told_their_own_step()
    {
        var tontine = await new Collecting(app, _banking).OpenTontineAsync();
        async Task<Guid> RequestAsync(string lastName)
        {
            using var requested = await (await app.As("agent")).PostJsonAsync($"/api/v1/tontines/{tontine}/adhesions",
                new { clientId = await _banking.CreateClientAsync("Afi", lastName), dailyAmount = 500 });
            requested.StatusCode.Should().Be(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync());
            return (await requested.JsonAsync()).GetProperty("id").GetGuid();
        }
        async Task<List<string>> ToldAsync() => Items(await FeedAsync("agent", "&kind=TontineAdhesionValidated"))
            .Select(n => n.GetProperty("body").GetString()!).ToList();

        var bySupervisor = await RequestAsync("Validée");
        (await (await app.As("supervisor")).PostJsonAsync($"/api/v1/tontine-adhesions/{bySupervisor}/validate")).StatusCode.Should().Be(HttpStatusCode.OK);
        var byAgent = await RequestAsync("Autovalidée");
        (await (await app.As("agent")).PostJsonAsync($"/api/v1/tontine-adhesions/{byAgent}/validate")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ToldAsync()).Should().ContainSingle().Which.Should()
            .Be("L'adhésion de Afi Validée à la tontine Tontine du marché a été validée par Koffi Mensah\u00a0: reste à payer les frais d'adhésion.");
    }
}
