namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// A scheduled job: it fires every <see cref="IntervalSeconds"/>, or on <see cref="Cron"/> (Quartz syntax, with seconds)
/// when one is configured. <see cref="NextRunAt"/> is null while it is paused or not yet stored by a running scheduler.
/// </summary>
public sealed record ScheduledJobDto(
    string Name,
    string Description,
    int IntervalSeconds,
    string? Cron,
    DateTimeOffset? NextRunAt,
    bool Paused,
    JobRunDto? LastRun);
