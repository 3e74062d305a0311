using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// Delivers one outbox message on its channel (e-mail or SMS). Returns once the other side accepted it; throws when it
/// did not — the outbox then tries again later (docs/notifications-outbox.md).
/// </summary>
public interface IMessageSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
