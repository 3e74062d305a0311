using Microfinance.Domain.Common;

namespace Microfinance.Domain.Sync;

/// <summary>
/// One phone (and browser) of one user, as its offline queue last said it stood: what waits to be synced, what the server
/// refused, since when the oldest operation waits, and when a batch of it was last processed. A supervisor reads these to
/// see an agent's unsynced work (docs/offline.md).
/// </summary>
public sealed class SyncDevice : Entity, ITenantOwned
{
    private SyncDevice() { }

    public SyncDevice(Guid institutionId, Guid userId, string deviceId)
    {
        InstitutionId = institutionId;
        UserId = userId;
        DeviceId = deviceId;
    }

    public Guid InstitutionId { get; private set; }
    public Guid UserId { get; private set; }
    /// <summary>The user's branch when the device last spoke: what a supervisor's view is narrowed by.</summary>
    public Guid? BranchId { get; private set; }
    /// <summary>Made once by the phone (1-100 of [A-Za-z0-9_.:-]); unique per user.</summary>
    public string DeviceId { get; private set; } = "";
    public int Pending { get; private set; }
    public int Refused { get; private set; }
    public DateTimeOffset? OldestPendingAt { get; private set; }
    /// <summary>When the phone last reported its queue (server time); null when only a batch was received from it.</summary>
    public DateTimeOffset? ReportedAt { get; private set; }
    public DateTimeOffset? LastSyncedAt { get; private set; }

    public void Report(Guid? branchId, int pending, int refused, DateTimeOffset? oldestPendingAt, DateTimeOffset now)
    {
        if (pending < 0 || refused < 0) throw new ArgumentOutOfRangeException(nameof(pending), "Counts are never negative.");
        BranchId = branchId;
        Pending = pending;
        Refused = refused;
        OldestPendingAt = oldestPendingAt;
        ReportedAt = now;
    }

    public void MarkSynced(Guid? branchId, DateTimeOffset now)
    {
        BranchId = branchId;
        LastSyncedAt = now;
    }
}
