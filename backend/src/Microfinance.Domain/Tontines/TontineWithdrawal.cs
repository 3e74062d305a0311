using Microfinance.Domain.Common;

namespace Microfinance.Domain.Tontines;

/// <summary>A participant's request to take out savings: decided by a user other than the one who recorded it, then paid in cash.</summary>
public sealed class TontineWithdrawal : Entity, ITenantOwned
{
    private TontineWithdrawal() { }

    public TontineWithdrawal(TontineParticipant participant, decimal amount, Guid requestedBy, DateTimeOffset requestedAt)
    {
        participant.EnsureCovers(amount);
        InstitutionId = participant.InstitutionId;
        ParticipantId = participant.Id;
        BranchId = participant.BranchId;
        Amount = amount;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public Guid BranchId { get; private set; }
    public decimal Amount { get; private set; }
    public TontineWithdrawalStatus Status { get; private set; } = TontineWithdrawalStatus.Pending;
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? JournalEntryId { get; private set; }

    /// <summary>Approves it and pays it out of the participant's savings (the caller has locked the participant and posts the entry).</summary>
    public void Approve(TontineParticipant participant, Guid by, DateTimeOffset at)
    {
        Decide(by, at);
        participant.Withdraw(Amount);
        Status = TontineWithdrawalStatus.Approved;
    }

    public void RecordPosting(Guid journalEntryId)
    {
        if (Status != TontineWithdrawalStatus.Approved || JournalEntryId is not null)
            throw new InvalidOperationException("Only an approved, not yet posted withdrawal records its posting.");
        JournalEntryId = journalEntryId;
    }

    public void Reject(Guid by, string reason, DateTimeOffset at)
    {
        Decide(by, at);
        Status = TontineWithdrawalStatus.Rejected;
        RejectionReason = reason;
    }

    private void Decide(Guid by, DateTimeOffset at)
    {
        if (Status != TontineWithdrawalStatus.Pending)
            throw new DomainException("withdrawal_already_decided", "This withdrawal was already {0}.", Status);
        if (by == RequestedBy)
            throw new DomainException("maker_checker", "The person who asked for the withdrawal cannot decide on it.");
        DecidedBy = by;
        DecidedAt = at;
    }
}
