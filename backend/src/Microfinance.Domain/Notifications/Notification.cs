using Microfinance.Domain.Common;

namespace Microfinance.Domain.Notifications;

/// <summary>
/// One line of a user's in-app feed, written in the user's language when the event happened (in the same transaction as
/// the event) and pushed live once that transaction commits. <see cref="Link"/> is the SPA's path of the object.
/// </summary>
public sealed class Notification : Entity, ITenantOwned
{
    private Notification() { }

    public Notification(Guid institutionId, Guid userId, NotificationKind kind, string title, string body, string? link, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        UserId = userId;
        Kind = kind;
        Title = title;
        Body = body;
        Link = link;
        CreatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
