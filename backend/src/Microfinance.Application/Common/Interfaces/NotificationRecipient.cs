using Microfinance.Domain.Notifications;

namespace Microfinance.Application.Common.Interfaces;

/// <summary>A staff member as notifications need them: the language they read, and the address and kinds they want by e-mail.</summary>
public sealed record NotificationRecipient(Guid UserId, string Language, string? Email, IReadOnlySet<NotificationKind> EmailKinds);
