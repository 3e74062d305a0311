namespace Microfinance.Application.Notifications.Commands.MarkAllNotificationsRead;

/// <summary>Marks every unread notification of the caller read; answers how many were.</summary>
[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record MarkAllNotificationsReadCommand : ICommand<MarkedReadDto>;
