namespace Microfinance.Application.Notifications.Commands.SendReminders;

/// <summary>Configuration section "Jobs:Reminders" (the scheduler's Enabled and CheckMinutes are read there too).</summary>
public sealed class RemindersOptions
{
    public const string Section = "Jobs:Reminders";

    /// <summary>An installment is announced this many days before its due date.</summary>
    public int DueSoonDays { get; set; } = 3;

    /// <summary>An installment still unpaid this many days after its due date is reminded.</summary>
    public int OverdueDays { get; set; } = 1;

    /// <summary>A tontine participant without a contribution for this many days in a row is reminded, once per streak.</summary>
    public int MissedTontineDays { get; set; } = 3;

    /// <summary>At most this many reminders of each kind per run; the rest go at the next run (the scheduler checks often).</summary>
    public int MaxPerKind { get; set; } = 500;
}
