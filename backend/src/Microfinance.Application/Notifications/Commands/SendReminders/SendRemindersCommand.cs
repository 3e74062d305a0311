namespace Microfinance.Application.Notifications.Commands.SendReminders;

/// <summary>
/// The reminders of <see cref="Date"/> (the institution's today by default), each to the client by SMS (unless they opted
/// out) and to the agent in charge in the feed: installments due in <see cref="RemindersOptions.DueSoonDays"/> days,
/// installments unpaid <see cref="RemindersOptions.OverdueDays"/> day after their due date, and tontine participants
/// without a contribution for <see cref="RemindersOptions.MissedTontineDays"/> days in a row (once per streak). Each is
/// sent once whatever runs the job and however many run it at once (docs/notifications-reminders.md).
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record SendRemindersCommand(DateOnly? Date = null) : ICommand<SendRemindersResult>;
