namespace Microfinance.Application.Notifications.Queries.GetUnreadNotificationCount;

/// <summary>How many of the caller's notifications are unread: the badge.</summary>
[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record GetUnreadNotificationCountQuery : IRequest<UnreadCountDto>;
