namespace Microfinance.Application.Notifications;

/// <summary>
/// The notifications written by the unit of work in progress, pushed live only once it commits (a rolled-back change
/// tells no one anything).
/// </summary>
public sealed class PendingPushes(INotificationPush push)
{
    private readonly List<(Guid UserId, NotificationDto Notification)> _pending = [];

    public void Add(Domain.Notifications.Notification notification) => _pending.Add((notification.UserId, NotificationDto.From(notification)));

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0) return;
        var committed = _pending.ToList();
        _pending.Clear();
        await push.PushAsync(committed, cancellationToken);
    }

    public void Clear() => _pending.Clear();
}
