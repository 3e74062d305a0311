using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications;

/// <summary>A message written to a client (an SMS today), with where its delivery stands.</summary>
public sealed record ClientMessageDto(Guid Id, MessageChannel Channel, NotificationKind Kind, string Recipient, string Text, OutboxStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
