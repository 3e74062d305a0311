namespace Microfinance.Application.Notifications;

public sealed record UnreadCountDto(int Count);
