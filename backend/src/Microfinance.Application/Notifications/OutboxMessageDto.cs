using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications;

/// <summary>An e-mail or SMS of the outbox as administrators see it; <see cref="LastError"/> says why its last try failed.</summary>
public sealed record OutboxMessageDto(
    Guid Id, MessageChannel Channel, NotificationKind Kind, string Recipient, string? Subject, string Body, OutboxStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError, Guid? UserId, Guid? ClientId)
{
    public static OutboxMessageDto From(OutboxMessage m) => new(m.Id, m.Channel, m.Kind, m.Recipient, m.Subject, m.Body, m.Status, m.Attempts,
        m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError, m.UserId, m.ClientId);
}
