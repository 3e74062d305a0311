namespace Microfinance.Application.Sync;

public enum SyncOperationStatus
{
    /// <summary>Applied now, or earlier with the same key (then replayed).</summary>
    Synced,
    /// <summary>Refused by a rule; nothing was kept, so the same operation sent again is judged again.</summary>
    Refused,
}
