using Microfinance.Domain.Common;
using Microfinance.Domain.Notifications;

namespace Microfinance.Domain.UnitTests.Notifications;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private static TimeSpan Doubling(int failures) => TimeSpan.FromSeconds(10 * Math.Pow(2, failures - 1));

    private static OutboxMessage NewSms() =>
        new(Guid.NewGuid(), MessageChannel.Sms, NotificationKind.InstallmentDueSoon, "+22997000001", null, "Rappel", null, Guid.NewGuid(), Now);

    [Fact]
    public void A_failure_counts_keeps_the_error_gives_the_lease_back_and_waits_longer_each_time()
    {
        var message = NewSms();
        message.Lease(Now.AddMinutes(2));

        message.RecordFailure("gateway down", Now, maxAttempts: 5, Doubling);
        message.Should().BeEquivalentTo(new { Status = OutboxStatus.Pending, Attempts = 1, LastError = "gateway down", LockedUntil = (DateTimeOffset?)null });
        message.NextAttemptAt.Should().Be(Now.AddSeconds(10));

        message.RecordFailure("gateway down", Now, maxAttempts: 5, Doubling);
        message.NextAttemptAt.Should().Be(Now.AddSeconds(20));
    }

    [Fact]
    public void The_last_allowed_failure_dead_letters_it_and_only_a_dead_letter_can_be_retried()
    {
        var message = NewSms();
        var notFailed = () => message.Retry(Now);
        notFailed.Should().Throw<DomainException>().Which.Code.Should().Be("outbox_message_not_failed");

        message.RecordFailure("first", Now, maxAttempts: 2, Doubling);
        message.RecordFailure(new string('x', 1500), Now, maxAttempts: 2, Doubling);

        message.Status.Should().Be(OutboxStatus.Failed);
        message.LastError.Should().HaveLength(OutboxMessage.MaxErrorLength);
        message.Retry(Now.AddHours(1));
        message.Should().BeEquivalentTo(new { Status = OutboxStatus.Pending, Attempts = 0, NextAttemptAt = Now.AddHours(1) });
        message.LastError.Should().NotBeNull("the reason it failed stays for the record");
    }

    [Fact]
    public void A_sent_message_records_when_and_is_no_longer_held()
    {
        var message = NewSms();
        message.Lease(Now.AddMinutes(2));

        message.MarkSent(Now.AddSeconds(3));

        message.Should().BeEquivalentTo(new { Status = OutboxStatus.Sent, SentAt = (DateTimeOffset?)Now.AddSeconds(3), LockedUntil = (DateTimeOffset?)null });
        var again = () => message.Lease(Now.AddMinutes(5));
        again.Should().Throw<InvalidOperationException>("a sent message is never taken again");
    }
}
