namespace Microfinance.Infrastructure.Notifications;

/// <summary>Configuration section <c>Notifications:Outbox</c>: how the outbox's e-mails and SMS are delivered (docs/notifications-outbox.md).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Notifications:Outbox";

    /// <summary>Off: the outbox delivery job is not scheduled, and commits do not wake it (set it alike on every instance).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sender looks for due messages.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Messages one sender takes at a time.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a sender holds the messages it took; it gives back what it has not sent by half of it.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Failures after which a message is dead-lettered (<c>Failed</c>).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after failure n is this × 2^(n-1), at most <see cref="RetryCapSeconds"/>: 30 s, 1, 2, 4 min by default.</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    public int RetryCapSeconds { get; set; } = 3600;

    /// <summary>Where the default sender writes what it would send (one JSON line per message); empty: the system's temporary folder.</summary>
    public string FileFolder { get; set; } = "";

    public TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromSeconds(Math.Min(RetryCapSeconds, RetryBaseSeconds * Math.Pow(2, Math.Min(failures - 1, 30))));
}
