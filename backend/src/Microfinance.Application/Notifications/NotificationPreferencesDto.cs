using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Notifications;

/// <summary>
/// How a user is notified: the language of their notifications, and the kinds they also receive by e-mail (at
/// <see cref="Email"/>; none is sent without one).
/// </summary>
public sealed record NotificationPreferencesDto(string Language, string? Email, IReadOnlyList<NotificationKind> EmailKinds);
