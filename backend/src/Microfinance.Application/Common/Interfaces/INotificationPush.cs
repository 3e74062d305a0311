using Microfinance.Application.Notifications;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>Pushes committed notifications to their users' open sessions (SignalR). Best effort: the feed is the record.</summary>
public interface INotificationPush
{
    Task PushAsync(IReadOnlyList<(Guid UserId, NotificationDto Notification)> notifications, CancellationToken cancellationToken);
}
