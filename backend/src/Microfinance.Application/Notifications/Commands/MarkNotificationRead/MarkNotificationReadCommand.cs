namespace Microfinance.Application.Notifications.Commands.MarkNotificationRead;

/// <summary>Marks one of the caller's notifications read (another user's is a 404).</summary>
[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record MarkNotificationReadCommand(Guid Id) : ICommand<NotificationDto>;
