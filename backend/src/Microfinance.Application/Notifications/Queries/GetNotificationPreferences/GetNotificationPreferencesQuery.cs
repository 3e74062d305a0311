namespace Microfinance.Application.Notifications.Queries.GetNotificationPreferences;

/// <summary>The caller's notification language and the kinds they receive by e-mail.</summary>
[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record GetNotificationPreferencesQuery : IRequest<NotificationPreferencesDto>;
