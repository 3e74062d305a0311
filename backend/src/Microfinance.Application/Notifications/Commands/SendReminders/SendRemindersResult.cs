namespace Microfinance.Application.Notifications.Commands.SendReminders;

/// <summary>The reminders this run sent, per kind, and how many of them also went to the client by SMS.</summary>
public sealed record SendRemindersResult(DateOnly Date, int InstallmentsDueSoon, int InstallmentsOverdue, int TontineContributionsMissed, int SmsWritten);
