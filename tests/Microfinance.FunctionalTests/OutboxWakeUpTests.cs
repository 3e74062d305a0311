namespace Microfinance.FunctionalTests;

/// <summary>The outbox delivery job as in production: woken by the commit that wrote a message, not by its poll.</summary>
public sealed class OutboxWakeUpTests(OutboxWakeUpTests.SendingApp app) : IClassFixture<OutboxWakeUpTests.SendingApp>
{
    /// <summary>The scheduler and the outbox job on, polling only once an hour, its e-mails to a local SMTP server.</summary>
    public sealed class SendingApp : TestApp
    {
        public FakeSmtpServer Smtp { get; } = new();

        protected override Dictionary<string, string?> Settings => new()
        {
            ["Jobs:Scheduler:Enabled"] = "true",
            ["Notifications:Outbox:Enabled"] = "true",
            ["Notifications:Outbox:PollSeconds"] = "3600",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "no-reply@demo.test",
        };

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_committed_email_is_sent_at_once_rather_than_at_the_next_poll()
    {
        var asked = DateTimeOffset.UtcNow;
        await new Notifying(app).AskLargeWithdrawalAsync("WAKE");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (app.Smtp.Received.IsEmpty && DateTimeOffset.UtcNow < deadline) await Task.Delay(50);

        var (recipients, mail) = app.Smtp.Received.Should().ContainSingle().Subject;
        recipients.Should().Equal(Notifying.SupervisorEmail);
        mail.Subject.Should().Be("Retrait à approuver");
        (DateTimeOffset.UtcNow - asked).Should().BeLessThan(TimeSpan.FromMinutes(1), "the poll is an hour: only the wake-up sends it this soon");
        (await app.ScalarAsync<string>($"SELECT status FROM outbox_messages WHERE recipient = '{Notifying.SupervisorEmail}'")).Should().Be("Sent");
    }
}
