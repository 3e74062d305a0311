using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>
/// A client's savings or current account: a sub-ledger account whose <see cref="Balance"/> always equals the sum of
/// its postings. Money moves only through <see cref="Credit"/> and <see cref="Debit"/>, called with the row locked.
/// </summary>
public sealed class DepositAccount : Entity, ITenantOwned
{
    private DepositAccount() { }

    public DepositAccount(Guid institutionId, Guid branchId, Guid clientId, Guid productId, string number, Guid requestedBy, DateTimeOffset requestedAt)
    {
        InstitutionId = institutionId;
        BranchId = branchId;
        ClientId = clientId;
        ProductId = productId;
        Number = number;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid BranchId { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid ProductId { get; private set; }
    public string Number { get; private set; } = "";
    public DepositAccountStatus Status { get; private set; } = DepositAccountStatus.Requested;
    public decimal Balance { get; private set; }
    /// <summary>Sequence of the last movement; statements order by it.</summary>
    public long LastSequence { get; private set; }
    public DateOnly? LastValueDate { get; private set; }
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? RejectedBy { get; private set; }
    public DateTimeOffset? RejectedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    /// <summary>The opening fee paid at activation, through <see cref="OpeningFeeChannel"/>, and its journal entry.</summary>
    public decimal? OpeningFeePaid { get; private set; }
    public Channel? OpeningFeeChannel { get; private set; }
    public Guid? OpeningFeeEntryId { get; private set; }

    /// <summary>Maker-checker: whoever requested the account cannot approve it.</summary>
    public void Approve(Guid approver, DateTimeOffset at)
    {
        Require(DepositAccountStatus.Requested, "Only a requested account can be approved.");
        if (approver == RequestedBy)
            throw new DomainException("maker_checker", "The person who requested the account cannot approve it.");
        Status = DepositAccountStatus.Approved;
        ApprovedBy = approver;
        ApprovedAt = at;
    }

    /// <summary>Refuses the opening, with a reason; maker-checker as for <see cref="Approve"/>. A rejected account never opens.</summary>
    public void Reject(Guid supervisor, string reason, DateTimeOffset at)
    {
        Require(DepositAccountStatus.Requested, "Only a requested account can be rejected.");
        if (supervisor == RequestedBy)
            throw new DomainException("maker_checker", "The person who requested the account cannot reject it.");
        Status = DepositAccountStatus.Rejected;
        RejectedBy = supervisor;
        RejectedAt = at;
        RejectionReason = reason;
    }

    /// <summary>Single-step opening where the product allows it: requested, approved and active at once.</summary>
    public void OpenInOneStep(DateTimeOffset at)
    {
        Require(DepositAccountStatus.Requested, "Only a requested account can be opened.");
        Status = DepositAccountStatus.Active;
        ApprovedBy = RequestedBy;
        ApprovedAt = at;
        ActivatedAt = at;
    }

    public void Activate(DateTimeOffset at)
    {
        Require(DepositAccountStatus.Approved, "Only an approved account can be activated.");
        Status = DepositAccountStatus.Active;
        ActivatedAt = at;
    }

    /// <summary>
    /// Keeps the opening fee paid at activation: it is paid through a channel, not taken from the account (which starts
    /// empty), so the account's history and its receipt show it from here rather than from a statement line.
    /// </summary>
    public void RecordOpeningFee(decimal amount, Channel channel, Guid entryId)
    {
        Require(DepositAccountStatus.Active, "The opening fee is paid when the account is activated.");
        if (amount <= 0 || OpeningFeeEntryId is not null)
            throw new InvalidOperationException("An account pays one positive opening fee, once.");
        OpeningFeePaid = amount;
        OpeningFeeChannel = channel;
        OpeningFeeEntryId = entryId;
    }

    public void Close(DateTimeOffset at)
    {
        Require(DepositAccountStatus.Active, "Only an active account can be closed.");
        if (Balance != 0)
            throw new DomainException("balance_not_zero", "The balance must be zero to close the account (it is {0}).", Balance);
        Status = DepositAccountStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>Adds money; returns the movement's sequence.</summary>
    public long Credit(decimal amount, DateOnly valueDate)
    {
        Move(amount, valueDate);
        Balance += amount;
        return LastSequence;
    }

    /// <summary>Takes money out, never below <paramref name="floor"/> (the product's minimum balance, or zero for a correction).</summary>
    public long Debit(decimal amount, DateOnly valueDate, decimal floor)
    {
        if (Balance - amount < floor)
            throw new DomainException("insufficient_funds",
                "The balance ({0}) cannot cover {1} and keep {2} on the account.", Balance, amount, floor);
        Move(amount, valueDate);
        Balance -= amount;
        return LastSequence;
    }

    private void Move(decimal amount, DateOnly valueDate)
    {
        if (amount <= 0) throw new InvalidOperationException("Amounts are positive; the direction is the method.");
        Require(DepositAccountStatus.Active, "Money moves only on an active account.");
        if (valueDate < LastValueDate)
            throw new DomainException("value_date_before_last_movement",
                "The value date cannot be before the account's last movement ({0:yyyy-MM-dd}).", LastValueDate);
        LastSequence++;
        LastValueDate = valueDate;
    }

    private void Require(DepositAccountStatus status, string refusal)
    {
        if (Status != status) throw new DomainException("account_status_conflict", "{0} The account is {1}.", refusal, Status);
    }
}
