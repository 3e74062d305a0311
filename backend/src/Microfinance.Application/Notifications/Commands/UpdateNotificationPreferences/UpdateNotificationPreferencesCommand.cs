using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications.Commands.UpdateNotificationPreferences;

/// <summary>Sets the caller's notification language ("fr" or "en") and the kinds they also want by e-mail.</summary>
[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Auditor)]
public sealed record UpdateNotificationPreferencesCommand(string Language, IReadOnlyList<NotificationKind> EmailKinds) : ICommand<NotificationPreferencesDto>;
