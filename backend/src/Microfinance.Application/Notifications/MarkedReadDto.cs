namespace Microfinance.Application.Notifications;

public sealed record MarkedReadDto(int Count);
