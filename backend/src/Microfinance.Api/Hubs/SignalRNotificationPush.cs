using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Microfinance.Api.Hubs;

/// <summary>
/// Sends committed notifications to their users' connections, on this instance or — through the Redis backplane when
/// <c>Redis:Connection</c> is set — on any other. A failed push is logged and forgotten: the feed already holds the line,
/// and the SPA reads it again when it reconnects.
/// </summary>
public sealed class SignalRNotificationPush(IHubContext<NotificationsHub> hub, ILogger<SignalRNotificationPush> logger) : INotificationPush
{
    public async Task PushAsync(IReadOnlyList<(Guid UserId, NotificationDto Notification)> notifications, CancellationToken cancellationToken)
    {
        foreach (var (userId, notification) in notifications)
        {
            try
            {
                await hub.Clients.Group(NotificationsHub.UserGroup(userId)).SendAsync(NotificationsHub.NotificationMethod, notification, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Live push of notification {Notification} failed; the user reads it from the feed", notification.Id);
            }
        }
    }
}
