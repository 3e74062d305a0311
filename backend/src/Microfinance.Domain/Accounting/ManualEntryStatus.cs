namespace Microfinance.Domain.Accounting;

public enum ManualEntryStatus
{
    /// <summary>Above the institution's threshold: posted only once another accountant or the SfdAdmin approves it.</summary>
    PendingApproval,
    Posted,
    Rejected,
    /// <summary>Posted, then cancelled by a reversing entry.</summary>
    Reversed,
}
