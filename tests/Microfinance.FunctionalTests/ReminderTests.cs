using System.Globalization;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The reminders job (docs/notifications-reminders.md): what it sends, on which days, to whom, once; the client's SMS
/// settings; and what the client's page lists. The loans are daily, so one loan has an installment on each day around
/// today. Every test looks at its own clients: the job sends the whole institution's reminders.
/// </summary>
public sealed class ReminderTests(TestApp app) : IClassFixture<TestApp>, IAsyncLifetime
{
    private readonly Banking _banking = new(app);
    private Lending _lending = null!;
    private Guid _product;

    public async Task InitializeAsync()
    {
        _lending = new Lending(app, _banking);
        _product = await _lending.CreateProductAsync($"RM{Guid.NewGuid():N}"[..10], frequency: "Daily");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Installments_are_reminded_three_days_before_and_one_day_after_their_due_date_only()
    {
        var today = Lending.Today;
        // Due today+1 … today+4: only the third is 3 days away.
        var upcoming = await DailyLoanAsync(today);
        // Due today−3 … today: only the third is 1 day late.
        var late = await DailyLoanAsync(today.AddDays(-4));
        // The same, but its first three installments repaid: nothing is late.
        var repaid = await DailyLoanAsync(today.AddDays(-4));
        var schedule = await ScheduleAsync(repaid.Id);
        (await _lending.RepayAsync(repaid.Id, schedule.Take(3).Sum(i => i.GetProperty("totalDue").GetDecimal()))).StatusCode.Should().Be(HttpStatusCode.Created);

        var result = await RunAsync();
        result.GetProperty("date").GetString().Should().Be(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        result.GetProperty("installmentsDueSoon").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        result.GetProperty("installmentsOverdue").GetInt32().Should().BeGreaterThanOrEqualTo(1);

        var dueSoon = (await ScheduleAsync(upcoming.Id))[2];
        var sms = (await MessagesAsync(upcoming.ClientId)).Should().ContainSingle().Subject;
        sms.GetProperty("channel").GetString().Should().Be("Sms");
        sms.GetProperty("kind").GetString().Should().Be("InstallmentDueSoon");
        sms.GetProperty("status").GetString().Should().Be("Pending");
        sms.GetProperty("recipient").GetString().Should().StartWith("+2299");
        sms.GetProperty("text").GetString().Should().Be(
            $"Adjoa, votre échéance de {Fcfa(dueSoon.GetProperty("totalDue").GetDecimal())} (crédit {upcoming.Number}) est due le {Day(today.AddDays(3))}. Merci. SFD Démo");

        var overdue = (await ScheduleAsync(late.Id))[2];
        (await MessagesAsync(late.ClientId)).Should().ContainSingle().Which.GetProperty("text").GetString().Should().Be(
            $"Adjoa, votre échéance de {Fcfa(overdue.GetProperty("outstanding").GetDecimal())} (crédit {late.Number}) du {Day(today.AddDays(-1))} reste impayée. SFD Démo");
        (await MessagesAsync(repaid.ClientId)).Should().BeEmpty("its installment due yesterday is paid");

        // The agent in charge of the client (the one who registered them) is told in the feed, with a link to the loan.
        var feed = await FeedAsync("agent", "InstallmentDueSoon");
        feed.Should().Contain(n => n.GetProperty("link").GetString() == $"/loans/{upcoming.Id}"
            && n.GetProperty("body").GetString()!.Contains(upcoming.Number, StringComparison.Ordinal));
        (await FeedAsync("agent", "InstallmentOverdue")).Should().Contain(n => n.GetProperty("link").GetString() == $"/loans/{late.Id}");

        // A second run sends nothing again.
        var again = await RunAsync();
        again.GetProperty("installmentsDueSoon").GetInt32().Should().Be(0);
        again.GetProperty("installmentsOverdue").GetInt32().Should().Be(0);
        (await MessagesAsync(upcoming.ClientId)).Should().HaveCount(1);
        (await MessagesAsync(late.ClientId)).Should().HaveCount(1);

        // Run for tomorrow's point of view (yesterday as the date here): the day before, installment 2 was the one 3 days away.
        await (await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/jobs/reminders", new { date = Day(today.AddDays(1), "yyyy-MM-dd") }))
            .ShouldBeProblemAsync(400);
        var yesterday = await RunAsync(new { date = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        yesterday.GetProperty("installmentsDueSoon").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        (await MessagesAsync(upcoming.ClientId)).Select(m => m.GetProperty("text").GetString()).Should()
            .Contain(t => t!.Contains(Day(today.AddDays(2)), StringComparison.Ordinal), "installment 2 is due 3 days after yesterday");
    }

    [Fact]
    public async Task Two_runs_at_once_send_each_reminder_once()
    {
        var loan = await DailyLoanAsync(Lending.Today);
        var admin = await app.As("sfd.admin");

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostJsonAsync("/api/v1/jobs/reminders")));

        foreach (var run in runs) run.StatusCode.Should().Be(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        (await MessagesAsync(loan.ClientId)).Should().ContainSingle();
        (await app.ScalarAsync<long>($"SELECT count(*) FROM sent_reminders WHERE client_id = '{loan.ClientId}'")).Should().Be(1);
        (await app.ScalarAsync<long>($"SELECT count(*) FROM notifications WHERE link = '/loans/{loan.Id}' AND kind LIKE 'Installment%'")).Should().Be(1);
    }

    [Fact]
    public async Task A_tontine_participant_is_reminded_once_per_streak_of_missed_days()
    {
        var collecting = new Collecting(app, _banking);
        var tontine = await collecting.OpenTontineAsync();
        var participant = await collecting.ParticipantAsync(tontine);
        var client = await ParticipantClientAsync(participant);
        (await collecting.ContributeAsync(participant, new { days = 1, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        // Contributions are dated when recorded: the streak is set on the participant's row.
        await LastContributionAsync(participant, Lending.Today.AddDays(-2));
        await RunAsync();
        (await MessagesAsync(client)).Should().BeEmpty("2 days without a contribution are not yet a streak of 3");

        await LastContributionAsync(participant, Lending.Today.AddDays(-3));
        await RunAsync();
        await RunAsync();
        (await MessagesAsync(client)).Should().ContainSingle().Which.GetProperty("text").GetString()
            .Should().Be("Adjoa, aucune cotisation à Tontine du marché depuis 3 jours. SFD Démo");
        (await FeedAsync("agent", "TontineContributionsMissed"))
            .Should().Contain(n => n.GetProperty("link").GetString() == $"/tontines/participants/{participant}");

        // The streak goes on: still one reminder. A contribution ends it; a new streak gets its own.
        await RunAsync(new { date = Lending.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        (await MessagesAsync(client)).Should().HaveCount(1);
        (await collecting.ContributeAsync(participant, new { days = 2, channel = "Cash" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await RunAsync();
        (await MessagesAsync(client)).Should().HaveCount(1);
        await LastContributionAsync(participant, Lending.Today.AddDays(-5));
        await RunAsync();
        (await MessagesAsync(client)).Should().HaveCount(2).And.Contain(m => m.GetProperty("text").GetString()!.Contains("depuis 5 jours", StringComparison.Ordinal));

        // A participant who never contributed: the streak runs from the day they joined.
        var idle = await collecting.ParticipantAsync(tontine);
        await app.ExecuteSqlAsync($"UPDATE tontine_participants SET joined_at = joined_at - interval '4 days' WHERE id = '{idle}'");
        await RunAsync();
        await RunAsync();
        (await MessagesAsync(await ParticipantClientAsync(idle))).Should().ContainSingle()
            .Which.GetProperty("text").GetString().Should().Contain("depuis 4 jours");
    }

    [Fact]
    public async Task An_opted_out_client_gets_no_sms_but_the_agent_is_still_told_and_the_language_is_the_clients()
    {
        var quiet = await DailyLoanAsync(Lending.Today);
        var agent = await app.As("agent");
        using var optOut = await agent.PutJsonAsync($"/api/v1/clients/{quiet.ClientId}/messaging", new { language = "fr", smsOptOut = true });
        optOut.StatusCode.Should().Be(HttpStatusCode.OK, await optOut.Content.ReadAsStringAsync());
        var client = await optOut.JsonAsync();
        client.GetProperty("smsOptOut").GetBoolean().Should().BeTrue();
        client.GetProperty("smsOptOutAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var english = await DailyLoanAsync(Lending.Today);
        (await agent.PutJsonAsync($"/api/v1/clients/{english.ClientId}/messaging", new { language = "en", smsOptOut = false }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        await RunAsync();

        (await MessagesAsync(quiet.ClientId)).Should().BeEmpty();
        (await FeedAsync("agent", "InstallmentDueSoon")).Should().Contain(n => n.GetProperty("link").GetString() == $"/loans/{quiet.Id}");
        (await app.ScalarAsync<bool>($"SELECT sms_written FROM sent_reminders WHERE client_id = '{quiet.ClientId}'")).Should().BeFalse();
        (await MessagesAsync(english.ClientId)).Should().ContainSingle().Which.GetProperty("text").GetString()
            .Should().StartWith("Adjoa, your ").And.Contain($"installment (loan {english.Number}) is due on {Day(Lending.Today.AddDays(3))}. Thank you. SFD Démo");

        // Opting back in clears the date; the change is in the audit trail with who made it.
        var back = await (await agent.PutJsonAsync($"/api/v1/clients/{quiet.ClientId}/messaging", new { language = "fr", smsOptOut = false })).JsonAsync();
        back.GetProperty("smsOptOut").GetBoolean().Should().BeFalse();
        back.GetProperty("smsOptOutAt").ValueKind.Should().Be(JsonValueKind.Null);
        (await (await agent.GetAsync($"/api/v1/clients/{quiet.ClientId}")).JsonAsync()).GetProperty("language").GetString().Should().Be("fr");
        var trail = await (await (await app.As("auditor")).GetAsync("/api/v1/audit?action=UpdateClientMessaging&pageSize=5")).JsonAsync();
        trail.GetProperty("items").EnumerateArray().Should().Contain(r => r.GetProperty("actorUsername").GetString() == "agent");
    }

    [Fact]
    public async Task Bad_settings_and_runs_are_refused()
    {
        var clientId = await _banking.CreateClientAsync();
        var errors = await (await (await app.As("agent")).PutJsonAsync($"/api/v1/clients/{clientId}/messaging", new { language = "de", smsOptOut = false }))
            .ShouldBeProblemAsync(400);
        errors.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain("language");
        (await (await app.As("auditor")).PutJsonAsync($"/api/v1/clients/{clientId}/messaging", new { language = "fr", smsOptOut = true }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await (await app.As("agent")).PutJsonAsync($"/api/v1/clients/{Guid.NewGuid()}/messaging", new { language = "fr", smsOptOut = true }))
            .ShouldBeProblemAsync(404);
        (await (await app.As("agent")).PostJsonAsync("/api/v1/jobs/reminders")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await (await app.As("agent")).GetAsync($"/api/v1/clients/{clientId}/messages?pageSize=1000")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Another_institution_neither_reads_a_clients_messages_nor_sends_its_reminders()
    {
        var loan = await DailyLoanAsync(Lending.Today);
        var platform = await app.As("platform.admin");
        var code = $"R{Guid.NewGuid():N}"[..10];
        (await platform.PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Rivale",
            code,
            adminUsername = $"admin.{code.ToLowerInvariant()}",
            adminDisplayName = "Admin R",
            adminPassword = "Rival#2026",
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var rival = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");

        var theirs = await (await rival.PostJsonAsync("/api/v1/jobs/reminders")).JsonAsync();
        theirs.GetProperty("installmentsDueSoon").GetInt32().Should().Be(0);
        (await MessagesAsync(loan.ClientId)).Should().BeEmpty("the other institution's run sends nothing of ours");

        await RunAsync();
        (await MessagesAsync(loan.ClientId)).Should().ContainSingle();
        await (await rival.GetAsync($"/api/v1/clients/{loan.ClientId}/messages")).ShouldBeProblemAsync(404, "not_found");
    }

    private sealed record TestLoan(Guid Id, Guid ClientId, string Number);

    private async Task<TestLoan> DailyLoanAsync(DateOnly disbursed)
    {
        var id = await _lending.ActiveLoanAsync(_product, 40_000, 4, 12, disbursed);
        var loan = await _lending.LoanAsync(id);
        return new TestLoan(id, loan.GetProperty("clientId").GetGuid(), loan.GetProperty("number").GetString()!);
    }

    private async Task<List<JsonElement>> ScheduleAsync(Guid loan) =>
        (await (await (await app.As("agent")).GetAsync($"/api/v1/loans/{loan}/schedule")).JsonAsync()).EnumerateArray().ToList();

    private async Task<JsonElement> RunAsync(object? body = null)
    {
        using var response = await (await app.As("sfd.admin")).PostJsonAsync("/api/v1/jobs/reminders", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<List<JsonElement>> MessagesAsync(Guid client)
    {
        using var response = await (await app.As("agent")).GetAsync($"/api/v1/clients/{client}/messages?pageSize=50");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }

    private async Task<List<JsonElement>> FeedAsync(string user, string kind) =>
        (await (await (await app.As(user)).GetAsync($"/api/v1/notifications?kind={kind}&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    private async Task<Guid> ParticipantClientAsync(Guid participant) =>
        (await (await (await app.As("agent")).GetAsync($"/api/v1/tontine-participants/{participant}")).JsonAsync()).GetProperty("clientId").GetGuid();

    private Task<int> LastContributionAsync(Guid participant, DateOnly day) =>
        app.ExecuteSqlAsync($"UPDATE tontine_participants SET last_contribution_on = '{day:yyyy-MM-dd}' WHERE id = '{participant}'");

    private static string Fcfa(decimal amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + " FCFA";

    private static string Day(DateOnly day, string format = "dd/MM/yyyy") => day.ToString(format, CultureInfo.InvariantCulture);
}
