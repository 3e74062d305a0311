namespace Microfinance.Application.Notifications;

/// <summary>
/// The notifications written by the unit of work in progress, pushed live only once it commits (a rolled-back change
/// tells no one anything); and whether it wrote outbox messages, for which the outbox sender is woken then.
/// </summary>
public sealed class PendingPushes(INotificationPush push, IOutboxWakeUp outbox)
{
    private readonly List<(Guid UserId, NotificationDto Notification)> _pending = [];
    private bool _outboxWritten;

    public void Add(Domain.Notifications.Notification notification) => _pending.Add((notification.UserId, NotificationDto.From(notification)));

    public void AddOutboxMessage() => _outboxWritten = true;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_outboxWritten) outbox.MessagesCommitted();
        _outboxWritten = false;
        if (_pending.Count == 0) return;
        var committed = _pending.ToList();
        _pending.Clear();
        await push.PushAsync(committed, cancellationToken);
    }

    public void Clear()
    {
        _pending.Clear();
        _outboxWritten = false;
    }
}
