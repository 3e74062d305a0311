using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.Loans;

/// <summary>A repayment and how it was split. Its split changes only when an earlier repayment is reversed.</summary>
public sealed class LoanRepayment : Entity, ITenantOwned
{
    private LoanRepayment() { }

    public LoanRepayment(Loan loan, long sequence, decimal amount, DateOnly date, Channel channel, string? reference,
        Allocation allocation, Guid journalEntryId, Guid? createdBy, DateTimeOffset createdAt)
    {
        InstitutionId = loan.InstitutionId;
        LoanId = loan.Id;
        ClientId = loan.ClientId;
        BranchId = loan.BranchId;
        Sequence = sequence;
        Amount = amount;
        Date = date;
        Channel = channel;
        Reference = reference;
        JournalEntryId = journalEntryId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Reallocate(allocation);
    }

    public Guid InstitutionId { get; private set; }
    public Guid LoanId { get; private set; }
    /// <summary>The loan's client and branch (a loan never changes either), for the explorer as on an account movement.</summary>
    public Guid ClientId { get; private set; }
    public Guid BranchId { get; private set; }
    public long Sequence { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly Date { get; private set; }
    public Channel Channel { get; private set; }
    public string? Reference { get; private set; }
    public decimal PenaltiesPart { get; private set; }
    public decimal FeesPart { get; private set; }
    public decimal InterestPart { get; private set; }
    public decimal PrincipalPart { get; private set; }
    public Guid JournalEntryId { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReversedAt { get; private set; }
    public Guid? ReversedBy { get; private set; }
    public string? ReversalReason { get; private set; }

    public Allocation Allocation => new(PenaltiesPart, FeesPart, InterestPart, PrincipalPart);

    public void Reallocate(Allocation allocation)
    {
        if (allocation.Total != Amount) throw new InvalidOperationException("An allocation splits the whole repayment.");
        (PenaltiesPart, FeesPart, InterestPart, PrincipalPart) = (allocation.Penalties, allocation.Fees, allocation.Interest, allocation.Principal);
    }

    public void MarkReversed(Guid? by, string reason, DateTimeOffset at)
    {
        if (ReversedAt is not null) throw new DomainException("already_reversed", "This repayment was already reversed.");
        (ReversedAt, ReversedBy, ReversalReason) = (at, by, reason);
    }
}

/// <summary>A late penalty charged by end of day; unique per loan, installment and day in the database too.</summary>
public sealed class LoanPenaltyCharge : Entity, ITenantOwned
{
    private LoanPenaltyCharge() { }

    public LoanPenaltyCharge(Guid institutionId, Guid loanId, PenaltyCharge charge, Guid journalEntryId)
    {
        InstitutionId = institutionId;
        LoanId = loanId;
        InstallmentNumber = charge.InstallmentNumber;
        Day = charge.Day;
        Amount = charge.Amount;
        JournalEntryId = journalEntryId;
    }

    public Guid InstitutionId { get; private set; }
    public Guid LoanId { get; private set; }
    public int InstallmentNumber { get; private set; }
    public DateOnly Day { get; private set; }
    public decimal Amount { get; private set; }
    public Guid JournalEntryId { get; private set; }
}
