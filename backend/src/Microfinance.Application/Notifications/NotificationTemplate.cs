namespace Microfinance.Application.Notifications;

/// <summary>
/// What a kind of notification says, in English composite-format text translated in fr.json (ADR 0016): a title, the
/// feed's (and e-mail's) body, and for kinds a client receives, the SMS.
/// </summary>
public sealed record NotificationTemplate(string Title, string Body, string? Sms = null);
