namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// One run of a scheduled job, written by <see cref="JobRunRecorder"/> when it ends (never through EF's change
/// tracking, so never in the audit trail: the journal and the audit trail already hold what the run changed).
/// </summary>
public sealed class JobRun : Identity.INotAudited
{
    public Guid Id { get; set; }
    public string JobName { get; set; } = "";

    /// <summary>Scheduled, Manual (POST /api/v1/jobs/{name}/trigger), Wake-up (the outbox after a commit) or Recovery (a crashed instance's run, again).</summary>
    public string TriggeredBy { get; set; } = "";

    /// <summary>The firing this run answers (null for a manual run): with N instances, one run per scheduled time.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public long DurationMs { get; set; }

    /// <summary>Succeeded or Failed.</summary>
    public string Outcome { get; set; } = "";

    public string? Error { get; set; }

    /// <summary>The Quartz instance id of the process that ran it (host name and a timestamp).</summary>
    public string InstanceId { get; set; } = "";
}
