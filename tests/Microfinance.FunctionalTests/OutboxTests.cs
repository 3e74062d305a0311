using Microfinance.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The outbox's delivery: each message sent once however many senders race, failures retried later and later then
/// dead-lettered, a dead letter sent again by an administrator; e-mail through a real SMTP conversation, SMS through an
/// HTTP gateway; and each institution sees only its own outbox.
/// </summary>
public sealed class OutboxTests(OutboxTests.OutboxApp app) : IClassFixture<OutboxTests.OutboxApp>
{
    /// <summary>The application with its e-mails going to a local SMTP server and its SMS to a local gateway, both started here.</summary>
    public sealed class OutboxApp : TestApp
    {
        public const string GatewayKey = "functional-tests-gateway-key";

        public FakeSmtpServer Smtp { get; } = new();

        public FakeSmsGateway Sms { get; private set; } = null!;

        protected override Dictionary<string, string?> Settings => new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "SFD Démo <no-reply@demo.test>",
            ["Sms:GatewayUrl"] = Sms.Url,
            ["Sms:ApiKey"] = GatewayKey,
            ["Sms:ApiKeyHeader"] = FakeSmsGateway.ApiKeyHeader,
        };

        public override async Task InitializeAsync()
        {
            Sms = await FakeSmsGateway.StartAsync();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Smtp.DisposeAsync();
            await Sms.DisposeAsync();
        }
    }

    /// <summary>A delivery of its own, as another instance would run it, with a recording sender for both channels.</summary>
    private OutboxDelivery Delivery(RecordingSender sender, TimeProvider? clock = null, OutboxOptions? options = null) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), sender, sender, Options.Create(options ?? new OutboxOptions()),
            clock ?? TimeProvider.System, NullLogger<OutboxDelivery>.Instance);

    /// <summary>The application's own delivery: through SMTP and the SMS gateway.</summary>
    private Task<int> DeliverAsync() => app.Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);

    /// <summary>Writes a message into the outbox as the Notifier would, due now; of the demo institution unless told.</summary>
    private async Task<Guid> QueueAsync(string channel, string recipient, string body = "Votre échéance de 25 000 FCFA est due le 12/12.", Guid? institutionId = null)
    {
        var id = Guid.CreateVersion7();
        var institution = institutionId is { } given ? $"'{given}'" : "(SELECT id FROM institutions WHERE code = 'DEMO')";
        var subject = channel == "Email" ? "'Échéance proche'" : "NULL";
        await app.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (id, institution_id, channel, kind, recipient, subject, body, status, attempts, created_at, next_attempt_at)
            VALUES ('{id}', {institution}, '{channel}', 'InstallmentDueSoon', '{recipient}', {subject}, '{body}', 'Pending', 0, now(), now())
            """);
        return id;
    }

    private async Task<(string Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, bool Sent)> StateAsync(Guid id)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT status, attempts, next_attempt_at, last_error, sent_at IS NOT NULL FROM outbox_messages WHERE id = '{id}'", connection);
        await using var row = await command.ExecuteReaderAsync();
        (await row.ReadAsync()).Should().BeTrue();
        return (row.GetString(0), row.GetInt32(1), row.GetFieldValue<DateTimeOffset>(2), row.IsDBNull(3) ? null : row.GetString(3), row.GetBoolean(4));
    }

    private static string Unique(string what) => $"{what}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Two_senders_racing_over_the_same_messages_deliver_each_exactly_once()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
            ids.Add(await QueueAsync(i % 3 == 0 ? "Sms" : "Email", i % 3 == 0 ? $"+2299{i:D7}" : $"{Unique("race")}@demo.test"));
        var sender = new RecordingSender(TimeSpan.FromMilliseconds(15));
        var options = new OutboxOptions { BatchSize = 7 };
        var first = Delivery(sender, options: options);
        var second = Delivery(sender, options: options);

        async Task DrainAsync(OutboxDelivery delivery)
        {
            int taken;
            do taken = await delivery.DeliverDueAsync(CancellationToken.None);
            while (taken > 0);
        }
        await Task.WhenAll(DrainAsync(first), DrainAsync(second), DrainAsync(first));

        ids.Where(id => sender.Sends.GetValueOrDefault(id) != 1).Should().BeEmpty("each message is sent once, neither skipped nor twice");
        foreach (var id in ids)
            (await StateAsync(id)).Should().Match<(string Status, int Attempts, DateTimeOffset, string?, bool Sent)>(s => s.Status == "Sent" && s.Sent && s.Attempts == 0);
    }

    [Fact]
    public async Task A_message_taken_by_a_sender_is_not_taken_by_another_until_its_lease_runs_out()
    {
        var id = await QueueAsync("Email", $"{Unique("lease")}@demo.test");
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddSeconds(1));
        // A sender that takes the message and dies before recording anything: its lease stays in the row.
        await app.ExecuteSqlAsync($"UPDATE outbox_messages SET locked_until = '{clock.GetUtcNow().AddSeconds(60):O}' WHERE id = '{id}'");
        var other = new RecordingSender();

        await Delivery(other, clock).DeliverDueAsync(CancellationToken.None);
        other.Sends.Should().NotContainKey(id, "another sender holds it");

        clock.Advance(TimeSpan.FromSeconds(61));
        await Delivery(other, clock).DeliverDueAsync(CancellationToken.None);
        other.Sends.GetValueOrDefault(id).Should().Be(1, "a lease that ran out is taken over: the message is not lost");
        (await StateAsync(id)).Status.Should().Be("Sent");
    }

    [Fact]
    public async Task A_failed_send_is_retried_later_and_later_up_to_the_cap()
    {
        var recipient = $"{Unique("retry")}@demo.test";
        var id = await QueueAsync("Email", recipient);
        var sender = new RecordingSender();
        sender.FailFor[recipient] = "SMTP 451 try again later";
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddSeconds(1));
        var delivery = Delivery(sender, clock, new OutboxOptions { MaxAttempts = 10, RetryBaseSeconds = 10, RetryCapSeconds = 25 });

        var waits = new List<TimeSpan>();
        for (var failure = 1; failure <= 3; failure++)
        {
            var triedAt = clock.GetUtcNow();
            await delivery.DeliverDueAsync(CancellationToken.None);
            var state = await StateAsync(id);
            state.Should().Match<(string Status, int Attempts, DateTimeOffset, string? LastError, bool)>(
                s => s.Status == "Pending" && s.Attempts == failure && s.LastError == "SMTP 451 try again later");
            waits.Add(state.NextAttemptAt - triedAt);

            clock.Advance(waits[^1] - TimeSpan.FromSeconds(1));
            await delivery.DeliverDueAsync(CancellationToken.None);
            (await StateAsync(id)).Attempts.Should().Be(failure, "it is not tried before its next attempt is due");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        waits.Select(w => Math.Round(w.TotalSeconds)).Should().Equal([10, 20, 25], "the wait doubles after each failure, up to the cap");
        sender.FailFor.Clear();
        await delivery.DeliverDueAsync(CancellationToken.None);
        (await StateAsync(id)).Status.Should().Be("Sent");
        sender.Sends.GetValueOrDefault(id).Should().Be(1);
    }

    [Fact]
    public async Task After_the_last_allowed_failure_a_message_is_dead_lettered_and_an_administrator_can_send_it_again()
    {
        var recipient = $"{Unique("dead")}@demo.test";
        var id = await QueueAsync("Email", recipient);
        var sender = new RecordingSender();
        sender.FailFor[recipient] = "550 mailbox unavailable";
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddSeconds(1));
        var delivery = Delivery(sender, clock, new OutboxOptions { MaxAttempts = 3, RetryBaseSeconds = 1 });
        for (var i = 0; i < 5; i++)
        {
            await delivery.DeliverDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        (await StateAsync(id)).Should().Match<(string Status, int Attempts, DateTimeOffset, string? LastError, bool Sent)>(
            s => s.Status == "Failed" && s.Attempts == 3 && s.LastError == "550 mailbox unavailable" && !s.Sent, "three failures and no more tries");

        var admin = await app.As("sfd.admin");
        var failed = await (await admin.GetAsync("/api/v1/outbox?status=Failed&pageSize=100")).JsonAsync();
        failed.GetProperty("counts").GetProperty("failed").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        var listed = failed.GetProperty("messages").GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        listed.GetProperty("lastError").GetString().Should().Be("550 mailbox unavailable");
        listed.GetProperty("recipient").GetString().Should().Be(recipient);
        failed.GetProperty("messages").GetProperty("items").EnumerateArray().Should().OnlyContain(m => m.GetProperty("status").GetString() == "Failed");

        await (await (await app.As("auditor")).PostJsonAsync($"/api/v1/outbox/{id}/retry")).ShouldBeProblemAsync(403);
        using var retried = await admin.PostJsonAsync($"/api/v1/outbox/{id}/retry");
        retried.StatusCode.Should().Be(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        var back = await retried.JsonAsync();
        back.GetProperty("status").GetString().Should().Be("Pending");
        back.GetProperty("attempts").GetInt32().Should().Be(0);
        var again = await (await admin.PostJsonAsync($"/api/v1/outbox/{id}/retry")).ShouldBeProblemAsync(422, "outbox_message_not_failed");
        again.GetProperty("detail").GetString().Should().Be("Seul un message en échec peut être renvoyé (celui-ci est en attente).");

        sender.FailFor.Clear();
        await delivery.DeliverDueAsync(CancellationToken.None);
        sender.Sends.GetValueOrDefault(id).Should().Be(1, "the retried message is sent at the next round");
        var sent = await (await admin.GetAsync($"/api/v1/outbox/{id}")).JsonAsync();
        sent.GetProperty("status").GetString().Should().Be("Sent");
        sent.GetProperty("sentAt").ValueKind.Should().Be(JsonValueKind.String);

        var trail = await (await (await app.As("auditor")).GetAsync($"/api/v1/audit?action=RetryOutboxMessage&entityId={id}")).JsonAsync();
        var record = trail.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        record.GetProperty("actorUsername").GetString().Should().Be("sfd.admin");
        record.GetProperty("actionLabel").GetString().Should().Be("Renvoi d'un message sortant");
    }

    [Fact]
    public async Task The_outbox_list_filters_by_status_and_channel_newest_first_and_refuses_bad_filters()
    {
        var older = await QueueAsync("Sms", "+22990000001");
        var newer = await QueueAsync("Sms", "+22990000002");
        var auditor = await app.As("auditor");

        var page = await (await auditor.GetAsync("/api/v1/outbox?channel=Sms&status=Pending&pageSize=100")).JsonAsync();
        var items = page.GetProperty("messages").GetProperty("items").EnumerateArray().ToList();
        items.Should().OnlyContain(m => m.GetProperty("channel").GetString() == "Sms" && m.GetProperty("status").GetString() == "Pending");
        var order = items.Select(m => m.GetProperty("id").GetGuid()).ToList();
        order.IndexOf(newer).Should().BeLessThan(order.IndexOf(older)).And.BeGreaterThanOrEqualTo(0);
        page.GetProperty("counts").GetProperty("pending").GetInt32().Should().Be(page.GetProperty("messages").GetProperty("totalCount").GetInt32());

        (await (await auditor.GetAsync("/api/v1/outbox?status=Lost")).ShouldBeProblemAsync(400)).GetProperty("errors").TryGetProperty("status", out _).Should().BeTrue();
        await (await auditor.GetAsync("/api/v1/outbox?pageSize=0")).ShouldBeProblemAsync(400);
        await (await (await app.As("agent")).GetAsync("/api/v1/outbox")).ShouldBeProblemAsync(403);
        await (await auditor.GetAsync($"/api/v1/outbox/{Guid.NewGuid()}")).ShouldBeProblemAsync(404, "not_found");
        await (await (await app.As("sfd.admin")).PostJsonAsync($"/api/v1/outbox/{Guid.NewGuid()}/retry")).ShouldBeProblemAsync(404, "not_found");
    }

    [Fact]
    public async Task A_supervisors_email_about_a_withdrawal_waiting_for_approval_leaves_through_smtp()
    {
        await new Notifying(app).AskLargeWithdrawalAsync("OUTB");
        var id = await app.ScalarAsync<Guid>($"SELECT id FROM outbox_messages WHERE recipient = '{Notifying.SupervisorEmail}' AND status = 'Pending' ORDER BY created_at DESC LIMIT 1");

        await DeliverAsync();

        var (recipients, mail) = app.Smtp.Received.Should().ContainSingle(m => m.Message.MessageId == $"{id}@microfinance").Subject;
        recipients.Should().Equal(Notifying.SupervisorEmail);
        mail.From.Mailboxes.Single().Address.Should().Be("no-reply@demo.test");
        mail.Subject.Should().Be("Retrait à approuver");
        mail.TextBody.Should().Contain("400 000").And.Contain("Awa Diallo");
        (await StateAsync(id)).Status.Should().Be("Sent");
    }

    [Fact]
    public async Task An_sms_leaves_through_the_gateway_with_its_key_and_a_gateway_error_counts_as_a_failure()
    {
        var sent = await QueueAsync("Sms", "+22997000001", "Adjoa, votre échéance de 25 000 FCFA est due le 12/12.");

        await DeliverAsync();

        var request = app.Sms.Requests.Should().ContainSingle(r => r.IdempotencyKey == sent.ToString()).Subject;
        request.Should().Be(new FakeSmsGateway.Received("+22997000001", "Adjoa, votre échéance de 25 000 FCFA est due le 12/12.", OutboxApp.GatewayKey, sent.ToString()));
        (await StateAsync(sent)).Status.Should().Be("Sent");

        var refused = await QueueAsync("Sms", "+22997000002");
        app.Sms.AnswerStatus = 500;
        try
        {
            await DeliverAsync();
        }
        finally
        {
            app.Sms.AnswerStatus = 200;
        }
        app.Sms.Requests.Should().Contain(r => r.IdempotencyKey == refused.ToString());
        (await StateAsync(refused)).Should().Match<(string Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, bool Sent)>(
            s => s.Status == "Pending" && s.Attempts == 1 && s.LastError!.Contains("500") && !s.Sent && s.NextAttemptAt > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Another_institutions_outbox_is_out_of_reach()
    {
        var code = $"O{Guid.NewGuid():N}"[..10];
        using var created = await (await app.As("platform.admin")).PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine", code, adminUsername = $"admin.{code.ToLowerInvariant()}", adminDisplayName = "Admin B", adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var institutionB = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var ofB = await QueueAsync("Sms", "+22996000001", institutionId: institutionB);
        await app.ExecuteSqlAsync($"UPDATE outbox_messages SET status = 'Failed', attempts = 5, last_error = 'down' WHERE id = '{ofB}'");
        var adminA = await app.As("sfd.admin");

        await (await adminA.GetAsync($"/api/v1/outbox/{ofB}")).ShouldBeProblemAsync(404);
        await (await adminA.PostJsonAsync($"/api/v1/outbox/{ofB}/retry")).ShouldBeProblemAsync(404);
        (await (await adminA.GetAsync("/api/v1/outbox?pageSize=100")).JsonAsync()).GetProperty("messages").GetProperty("items").EnumerateArray()
            .Should().NotContain(m => m.GetProperty("id").GetGuid() == ofB);
        (await StateAsync(ofB)).Status.Should().Be("Failed");

        var adminB = await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");
        var mine = await (await adminB.GetAsync("/api/v1/outbox")).JsonAsync();
        mine.GetProperty("messages").GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).Should().Equal(ofB);
        mine.GetProperty("counts").GetProperty("failed").GetInt32().Should().Be(1);
        (await adminB.PostJsonAsync($"/api/v1/outbox/{ofB}/retry")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
