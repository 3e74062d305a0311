namespace Microfinance.Application.Notifications;

/// <summary>How many messages of the outbox are in each status (of the channel asked for, if any).</summary>
public sealed record OutboxCountsDto(int Pending, int Sent, int Failed);
