using Microfinance.Domain.Common;

namespace Microfinance.Domain.Notifications;

/// <summary>
/// An e-mail or an SMS to send, written in the same transaction as the business change that calls for it and delivered
/// afterwards by the outbox sender: retried with a growing delay, dead-lettered (<see cref="OutboxStatus.Failed"/>) with
/// its last error after too many failures (docs/notifications-outbox.md).
/// </summary>
public sealed class OutboxMessage : Entity, ITenantOwned
{
    /// <summary>The longest error kept: the end of a longer one is cut.</summary>
    public const int MaxErrorLength = 1000;

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

    /// <summary>Taken by one sender until <paramref name="until"/>: no other sender takes it meanwhile.</summary>
    public void Lease(DateTimeOffset until)
    {
        if (Status != OutboxStatus.Pending) throw new InvalidOperationException($"Only a pending message is sent (this one is {Status}).");
        LockedUntil = until;
    }

    /// <summary>Given back unsent (its sender ran out of lease time): the next sender takes it at once.</summary>
    public void Release() => LockedUntil = null;

    public void MarkSent(DateTimeOffset at)
    {
        Status = OutboxStatus.Sent;
        SentAt = at;
        LockedUntil = null;
    }

    /// <summary>
    /// A failed try: tried again after <paramref name="delayAfter"/>(attempts so far), or dead-lettered once it has
    /// failed <paramref name="maxAttempts"/> times.
    /// </summary>
    public void RecordFailure(string error, DateTimeOffset at, int maxAttempts, Func<int, TimeSpan> delayAfter)
    {
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        LockedUntil = null;
        if (Attempts >= maxAttempts) Status = OutboxStatus.Failed;
        else NextAttemptAt = at + delayAfter(Attempts);
    }

    /// <summary>An administrator sends a dead letter again: pending now, with all its attempts ahead of it (the last error stays for the record).</summary>
    public void Retry(DateTimeOffset at)
    {
        if (Status != OutboxStatus.Failed)
            throw new DomainException("outbox_message_not_failed", "Only a failed message can be sent again (this one is {0}).", Status);
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = at;
        LockedUntil = null;
    }
}
