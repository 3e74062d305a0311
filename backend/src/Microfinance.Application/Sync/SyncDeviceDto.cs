namespace Microfinance.Application.Sync;

/// <summary>A phone's offline queue as it last reported it, with its user and the user's branch.</summary>
public sealed class SyncDeviceDto
{
    public string DeviceId { get; init; } = "";
    public Guid UserId { get; init; }
    public string UserName { get; set; } = "";
    public string? BranchName { get; init; }
    public int Pending { get; init; }
    public int Refused { get; init; }
    public DateTimeOffset? OldestPendingAt { get; init; }
    public DateTimeOffset? ReportedAt { get; init; }
    public DateTimeOffset? LastSyncedAt { get; init; }
}
