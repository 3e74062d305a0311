using Microfinance.Domain.Common;

namespace Microfinance.Domain.Notifications;

/// <summary>
/// A reminder that was sent, kept so it is never sent twice: one per kind, subject and occurrence — an installment
/// (<see cref="SubjectId"/>) and its due date, or a tontine participant and the last day it contributed (the day its
/// streak of missed days follows). The database's unique key on those three is the last guard against a double send.
/// </summary>
public sealed class SentReminder : Entity, ITenantOwned
{
    private SentReminder() { }

    public SentReminder(Guid institutionId, NotificationKind kind, Guid subjectId, DateOnly occurrence, Guid clientId, DateOnly runDate,
        bool smsWritten, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        Kind = kind;
        SubjectId = subjectId;
        Occurrence = occurrence;
        ClientId = clientId;
        RunDate = runDate;
        SmsWritten = smsWritten;
        CreatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public NotificationKind Kind { get; private set; }
    /// <summary>The loan installment or the tontine participant it is about.</summary>
    public Guid SubjectId { get; private set; }
    /// <summary>The installment's due date, or the participant's last day with a contribution (or joining day).</summary>
    public DateOnly Occurrence { get; private set; }
    public Guid ClientId { get; private set; }
    /// <summary>The business day of the run that sent it.</summary>
    public DateOnly RunDate { get; private set; }
    /// <summary>False when the client had opted out of SMS (or has no phone): only the agent was told.</summary>
    public bool SmsWritten { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
