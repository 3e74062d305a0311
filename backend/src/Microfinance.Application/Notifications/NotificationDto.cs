using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications;

/// <summary>A line of the feed; <see cref="Link"/> is the SPA's path of the object it is about.</summary>
public sealed record NotificationDto(Guid Id, NotificationKind Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationDto From(Notification n) => new(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt);
}
