namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// One run of a scheduled job. <see cref="TriggeredBy"/>: Scheduled, Manual, WakeUp (the outbox after a commit) or
/// Recovery (run again after its instance died); <see cref="Outcome"/>: Succeeded or Failed.
/// </summary>
public sealed record JobRunDto(
    Guid Id,
    string JobName,
    string TriggeredBy,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long DurationMs,
    string Outcome,
    string? Error,
    string InstanceId);
