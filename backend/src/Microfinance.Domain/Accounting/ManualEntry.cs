using Microfinance.Domain.Common;

namespace Microfinance.Domain.Accounting;

/// <summary>
/// A journal entry an accountant writes by hand, with its piece reference. Above the institution's approval threshold it
/// waits for someone else (another accountant or the SfdAdmin) to approve it, and is posted only then; once posted it is
/// never edited, only reversed with a reason.
/// </summary>
public sealed class ManualEntry : Entity, ITenantOwned
{
    private ManualEntry() { }

    public ManualEntry(
        Guid institutionId, DateOnly valueDate, string description, string reference, string? attachmentName,
        IEnumerable<ManualEntryLine> lines, bool needsApproval, Guid createdBy, DateTimeOffset createdAt)
    {
        InstitutionId = institutionId;
        ValueDate = valueDate;
        Description = description.Trim();
        Reference = reference.Trim();
        AttachmentName = string.IsNullOrWhiteSpace(attachmentName) ? null : attachmentName.Trim();
        Lines = lines.ToList();
        if (Lines.Count < 2 || Lines.Sum(l => l.Debit) != Lines.Sum(l => l.Credit))
            throw new InvalidOperationException("A manual entry has two or more lines whose debits equal their credits.");
        Amount = Lines.Sum(l => l.Debit);
        Status = needsApproval ? ManualEntryStatus.PendingApproval : ManualEntryStatus.Posted;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid InstitutionId { get; private set; }
    public DateOnly ValueDate { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>The supporting document's number (an invoice, a bank advice, a board decision).</summary>
    public string Reference { get; private set; } = "";
    public string? AttachmentName { get; private set; }
    public IReadOnlyList<ManualEntryLine> Lines { get; private set; } = [];
    /// <summary>The total of the debits (= the credits): what the approval threshold is compared with.</summary>
    public decimal Amount { get; private set; }
    public ManualEntryStatus Status { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? JournalEntryId { get; private set; }
    public Guid? ReversalEntryId { get; private set; }
    public Guid? ReversedBy { get; private set; }
    public DateTimeOffset? ReversedAt { get; private set; }
    public string? ReversalReason { get; private set; }

    public IEnumerable<JournalLine> JournalLines() => Lines.Select(l => l.ToJournalLine());

    public void RecordPosting(Guid journalEntryId)
    {
        if (Status != ManualEntryStatus.Posted || JournalEntryId is not null)
            throw new InvalidOperationException("Only a posted entry not yet linked records its journal entry.");
        JournalEntryId = journalEntryId;
    }

    /// <summary>Approves it (the caller then posts it and records the posting): never by the one who wrote it.</summary>
    public void Approve(Guid by, DateTimeOffset at)
    {
        Decide(by, at);
        Status = ManualEntryStatus.Posted;
    }

    public void Reject(Guid by, string reason, DateTimeOffset at)
    {
        Decide(by, at);
        Status = ManualEntryStatus.Rejected;
        RejectionReason = reason.Trim();
    }

    /// <summary>Only a posted entry is reversed: checked before its mirror is posted.</summary>
    public void EnsureReversible()
    {
        if (Status != ManualEntryStatus.Posted)
            throw new DomainException("manual_entry_not_posted", "Only a posted entry can be reversed; this one is {0}.", Status);
    }

    public void Reverse(Guid reversalEntryId, Guid by, string reason, DateTimeOffset at)
    {
        EnsureReversible();
        Status = ManualEntryStatus.Reversed;
        ReversalEntryId = reversalEntryId;
        ReversedBy = by;
        ReversedAt = at;
        ReversalReason = reason.Trim();
    }

    private void Decide(Guid by, DateTimeOffset at)
    {
        if (Status != ManualEntryStatus.PendingApproval)
            throw new DomainException("manual_entry_already_decided", "This entry is no longer waiting for approval; it is {0}.", Status);
        if (by == CreatedBy)
            throw new DomainException("maker_checker", "The person who wrote the entry cannot approve or reject it.");
        DecidedBy = by;
        DecidedAt = at;
    }
}
