namespace Microfinance.Application.Notifications.Commands.RetryOutboxMessage;

/// <summary>Sends a dead-lettered (failed) message again: pending at once, its attempts reset. Any other status is a 422.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record RetryOutboxMessageCommand(Guid Id) : ICommand<OutboxMessageDto>;
