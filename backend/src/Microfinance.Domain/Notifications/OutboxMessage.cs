using Microfinance.Domain.Common;

namespace Microfinance.Domain.Notifications;

/// <summary>
/// An e-mail or an SMS to send, written in the same transaction as the business change that calls for it and delivered
/// afterwards by the outbox sender: retried with a growing delay, dead-lettered (<see cref="OutboxStatus.Failed"/>) with
/// its last error after too many failures (docs/notifications.md).
/// </summary>
public sealed class OutboxMessage : Entity, ITenantOwned
{
    private OutboxMessage() { }

    public OutboxMessage(Guid institutionId, MessageChannel channel, NotificationKind kind, string recipient, string? subject, string body,
        Guid? userId, Guid? clientId, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Channel = channel;
        Kind = kind;
        Recipient = recipient;
        Subject = subject;
        Body = body;
        UserId = userId;
        ClientId = clientId;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public MessageChannel Channel { get; private set; }
    public NotificationKind Kind { get; private set; }
    /// <summary>An e-mail address or a phone number, as the channel needs.</summary>
    public string Recipient { get; private set; } = "";
    public string? Subject { get; private set; }
    public string Body { get; private set; } = "";
    /// <summary>The staff member it is for, if any.</summary>
    public Guid? UserId { get; private set; }
    /// <summary>The client it is for, if any: the client's page lists what was sent to them.</summary>
    public Guid? ClientId { get; private set; }
    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the sender may next try it.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    /// <summary>While in the future, one sender holds it (a lease): no other sender takes it.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
}
