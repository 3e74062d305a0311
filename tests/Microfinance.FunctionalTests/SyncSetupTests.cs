using System.Net.Http.Headers;

namespace Microfinance.FunctionalTests;

/// <summary>
/// What surrounds a phone's sync (docs/offline.md): who may send a batch, the working data each role gets, the phones'
/// queues a supervisor sees, and the institution's tolerance.
/// </summary>
public sealed class SyncSetupTests(TestApp app) : IClassFixture<TestApp>
{
    private readonly Banking _banking = new(app);
    private readonly Syncing _sync = new(app);
    private Collecting Collecting => new(app, _banking);
    private Lending Lending => new(app, _banking);

    private async Task<Guid> DantokpaSupervisorAsync()
    {
        var admin = await app.As("sfd.admin");
        var dantokpa = (await (await admin.GetAsync("/api/v1/branches?search=dantokpa")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        using var created = await admin.PostJsonAsync("/api/v1/users", new
        {
            username = "sup.dantokpa", displayName = "Rachida Bello", role = "Supervisor", branchId = dantokpa, password = TestApp.DemoPassword,
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return dantokpa;
    }

    [Fact]
    public async Task Only_field_staff_sync_an_auditor_is_forbidden_and_an_api_client_is_shut_out()
    {
        var account = Guid.NewGuid();

        await (await _sync.SendAsync([Syncing.Deposit(account, 1_000)], user: "auditor")).ShouldBeProblemAsync(403, "forbidden");
        await (await _sync.SendAsync([Syncing.Deposit(account, 1_000)], user: "accountant")).ShouldBeProblemAsync(403, "forbidden");
        await (await (await app.As("auditor")).GetAsync("/api/v1/sync/working-data")).ShouldBeProblemAsync(403, "forbidden");

        using var registered = await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/api-clients",
            new { name = "Intégrateur", scopes = new[] { "deposits:write", "clients:read" } });
        var client = await registered.JsonAsync();
        registered.StatusCode.Should().Be(HttpStatusCode.Created, client.ToString());
        using var token = await app.Anonymous().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.GetProperty("client").GetProperty("id").GetString()!,
            ["client_secret"] = client.GetProperty("clientSecret").GetString()!,
        }));
        var integrator = app.WithToken((await token.JsonAsync()).GetProperty("access_token").GetString()!);

        await (await integrator.PostJsonAsync(Syncing.Url, new { deviceId = "p1", operations = new[] { Syncing.Deposit(account, 1_000) } }))
            .ShouldBeProblemAsync(403, "closed_to_api_clients");
        await (await integrator.GetAsync("/api/v1/sync/working-data")).ShouldBeProblemAsync(403, "closed_to_api_clients");
    }

    [Fact]
    public async Task A_phone_reports_its_queue_its_supervisor_sees_it_with_the_last_sync_and_another_branch_does_not()
    {
        var dantokpa = await DantokpaSupervisorAsync();
        var agent = await app.As("agent");
        var oldest = DateTimeOffset.UtcNow.AddHours(-3);

        using var reported = await agent.PutJsonAsync("/api/v1/sync/devices/phone-awa", new { pending = 3, refused = 1, oldestPendingAt = oldest });
        reported.StatusCode.Should().Be(HttpStatusCode.NoContent, await reported.Content.ReadAsStringAsync());
        (await agent.PutJsonAsync("/api/v1/sync/devices/phone-awa", new { pending = 4, refused = 1, oldestPendingAt = oldest })).StatusCode
            .Should().Be(HttpStatusCode.NoContent, "a phone reports again into its one row");
        (await (await app.As("supervisor")).PutJsonAsync("/api/v1/sync/devices/phone-awa", new { pending = 0, refused = 0, oldestPendingAt = (DateTimeOffset?)null }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent, "the same device id of another user is another row");
        (await _sync.ResultsAsync([Syncing.Deposit(Guid.NewGuid(), 1_000)], deviceId: "phone-awa"))[0].GetProperty("status").GetString().Should().Be("Refused");

        var seen = await (await (await app.As("supervisor")).GetAsync("/api/v1/sync/devices")).JsonAsync();
        var awa = seen.EnumerateArray().Single(d => d.GetProperty("userName").GetString() == "Awa Diallo");
        awa.GetProperty("deviceId").GetString().Should().Be("phone-awa");
        awa.GetProperty("branchName").GetString().Should().Be("Agence Cotonou Centre");
        (awa.GetProperty("pending").GetInt32(), awa.GetProperty("refused").GetInt32()).Should().Be((4, 1));
        awa.GetProperty("oldestPendingAt").GetDateTimeOffset().Should().BeCloseTo(oldest, TimeSpan.FromMilliseconds(1));
        awa.GetProperty("reportedAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        awa.GetProperty("lastSyncedAt").GetDateTimeOffset().Should().BeAfter(awa.GetProperty("reportedAt").GetDateTimeOffset(),
            "a batch, even all refused, is a sync");
        seen.EnumerateArray().Select(d => d.GetProperty("pending").GetInt32()).Should().BeInDescendingOrder("most pending first");
        seen.EnumerateArray().Count(d => d.GetProperty("deviceId").GetString() == "phone-awa").Should().Be(2);
        (await app.ScalarAsync<long>("SELECT count(*) FROM sync_devices WHERE device_id = 'phone-awa'")).Should().Be(2);

        (await (await (await app.SignedInAs("sup.dantokpa")).GetAsync("/api/v1/sync/devices")).JsonAsync()).GetArrayLength()
            .Should().Be(0, $"Dantokpa ({dantokpa}) has no phone reporting");
        (await (await (await app.As("sfd.admin")).GetAsync("/api/v1/sync/devices")).JsonAsync()).EnumerateArray()
            .Count(d => d.GetProperty("deviceId").GetString() == "phone-awa").Should().Be(2, "the admin sees every branch");
        await (await agent.GetAsync("/api/v1/sync/devices")).ShouldBeProblemAsync(403, "forbidden");
    }

    [Theory]
    [InlineData("phone-1", -1, 0, "pending")]
    [InlineData("phone-1", 0, 100_001, "refused")]
    [InlineData("phone%20one", 1, 0, "deviceId")]
    public async Task A_device_report_out_of_bounds_is_a_400(string deviceId, int pending, int refused, string field)
    {
        using var response = await (await app.As("agent")).PutJsonAsync($"/api/v1/sync/devices/{deviceId}", new { pending, refused, oldestPendingAt = (DateTimeOffset?)null });

        (await response.ShouldBeProblemAsync(400, "validation_failed")).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_tolerance_is_read_by_field_staff_changed_by_the_admin_within_0_to_7_and_audited()
    {
        var admin = await app.As("sfd.admin");
        (await (await (await app.As("agent")).GetAsync("/api/v1/sync/settings")).JsonAsync()).GetProperty("offlineToleranceDays").GetInt32().Should().Be(2);
        await (await (await app.As("supervisor")).PutJsonAsync("/api/v1/sync/settings", new { offlineToleranceDays = 3 })).ShouldBeProblemAsync(403, "forbidden");
        foreach (var days in new[] { -1, 8 })
            (await (await admin.PutJsonAsync("/api/v1/sync/settings", new { offlineToleranceDays = days })).ShouldBeProblemAsync(400, "validation_failed"))
                .GetProperty("errors").GetProperty("offlineToleranceDays")[0].GetString().Should().Contain("0").And.Contain("7");

        using var changed = await admin.PutJsonAsync("/api/v1/sync/settings", new { offlineToleranceDays = 0 });
        (await changed.JsonAsync()).GetProperty("offlineToleranceDays").GetInt32().Should().Be(0);
        try
        {
            (await (await (await app.As("agent")).GetAsync("/api/v1/sync/working-data")).JsonAsync()).GetProperty("institution")
                .GetProperty("offlineToleranceDays").GetInt32().Should().Be(0, "the phone learns the tolerance with its working data");
            var yesterday = new DateTimeOffset(Lending.Today.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));
            (await _sync.ResultsAsync([Syncing.Deposit(Guid.NewGuid(), 1_000, yesterday)]))[0].GetProperty("problem").GetProperty("code").GetString()
                .Should().Be("recorded_too_long_ago", "with no tolerance only today's operations are accepted");
            var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=UpdateSyncSettings")).JsonAsync();
            var record = trail.GetProperty("items")[0];
            record.GetProperty("actionLabel").GetString().Should().Be("Modification des réglages du mode hors ligne");
            record.GetRawText().Should().Contain("offlineToleranceDays");
        }
        finally
        {
            (await admin.PutJsonAsync("/api/v1/sync/settings", new { offlineToleranceDays = 2 })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Working_data_holds_an_agents_own_clients_with_their_usable_accounts_loans_and_booklets_and_a_supervisor_gets_the_branch()
    {
        var product = await _banking.CreateProductAsync("SYNCWD", kind: "Current");
        var mine = await _banking.CreateClientAsync("Koffi", "Agbodjan");
        var account = await _banking.OpenActiveAccountAsync(product, mine);
        await _banking.DepositAsync(account, 7_000);
        var loan = await Lending.ActiveLoanAsync(await Lending.CreateProductAsync("SYNCWDL"), 100_000, 4, 12);
        var participant = await Collecting.ParticipantAsync(await Collecting.OpenTontineAsync(), dailyAmount: 400);
        (await Collecting.ContributeAsync(participant, new { days = 2, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        // A client the supervisor registers has no assigned agent: the branch's, not the agent's.
        using var theirs = await (await app.As("supervisor")).PostJsonAsync("/api/v1/clients", new
        {
            firstName = "Sena", lastName = "Houessou", gender = "Male", dateOfBirth = "1985-01-01", phone = $"+2299{Random.Shared.Next(1_000_000, 9_999_999)}",
        });
        theirs.StatusCode.Should().Be(HttpStatusCode.Created, await theirs.Content.ReadAsStringAsync());
        var branchClient = (await theirs.JsonAsync()).GetProperty("id").GetGuid();
        var agentId = await app.ScalarAsync<Guid>("SELECT id FROM users WHERE user_name = 'agent'");

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var answer = await (await app.As("agent")).GetAsync("/api/v1/sync/working-data");
        started.Stop();
        var data = await answer.JsonAsync();

        answer.StatusCode.Should().Be(HttpStatusCode.OK, data.ToString());
        data.GetProperty("today").GetString().Should().Be(Lending.Today.ToString("yyyy-MM-dd"));
        data.GetProperty("institution").GetProperty("currency").GetString().Should().Be("XOF");
        data.GetProperty("institution").GetProperty("timeZone").GetString().Should().Be("Africa/Porto-Novo");
        data.GetProperty("truncated").GetBoolean().Should().BeFalse();
        var clients = data.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToHashSet();
        clients.Should().Contain(mine).And.NotContain(branchClient);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM clients WHERE assigned_agent_id = '{agentId}' AND status IN ('Active', 'PendingKyc')"))
            .Should().Be(clients.Count, "every client of the agent's, and only those");
        foreach (var list in new[] { "accounts", "loans", "tontineParticipants" })
            data.GetProperty(list).EnumerateArray().Should().OnlyContain(x => clients.Contains(x.GetProperty("clientId").GetGuid()), list);
        var mineAccount = data.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == account);
        (mineAccount.GetProperty("balance").GetDecimal(), mineAccount.GetProperty("status").GetString(), mineAccount.GetProperty("productName").GetString())
            .Should().Be((7_000m, "Active", "Produit SYNCWD"));
        data.GetProperty("accounts").EnumerateArray().Should().OnlyContain(a => a.GetProperty("status").GetString() == "Active");
        var theLoan = data.GetProperty("loans").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == loan);
        theLoan.GetProperty("outstandingPrincipal").GetDecimal().Should().Be(100_000);
        theLoan.GetProperty("amountOverdue").GetDecimal().Should().Be(0);
        var next = theLoan.GetProperty("nextInstallment");
        next.GetProperty("number").GetInt32().Should().Be(1);
        var schedule = await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{loan}/schedule")).JsonAsync();
        next.GetProperty("amountDue").GetDecimal().Should().Be(schedule[0].GetProperty("totalDue").GetDecimal());
        next.GetProperty("dueDate").GetString().Should().Be(schedule[0].GetProperty("dueDate").GetString());
        var booklet = data.GetProperty("tontineParticipants").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == participant);
        (booklet.GetProperty("dailyAmount").GetDecimal(), booklet.GetProperty("cellsFilled").GetInt64(), booklet.GetProperty("cellsPerCycle").GetInt32(),
            booklet.GetProperty("cycleNumber").GetInt32(), booklet.GetProperty("balance").GetDecimal(), booklet.GetProperty("collectedToday").GetDecimal())
            .Should().Be((400m, 2L, 31, 1, 400m, 800m), "two cells: the commission and one day saved, both today");
        booklet.GetProperty("tontineName").GetString().Should().Be("Tontine du marché");
        data.GetProperty("products").GetProperty("deposit").EnumerateArray().Should().Contain(p => p.GetProperty("code").GetString() == "SYNCWD");
        data.GetProperty("products").GetProperty("loan").EnumerateArray().Should().Contain(p => p.GetProperty("code").GetString() == "SYNCWDL");
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));

        var branch = await (await (await app.As("supervisor")).GetAsync("/api/v1/sync/working-data")).JsonAsync();
        branch.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).Should().Contain([mine, branchClient]);
    }
}
