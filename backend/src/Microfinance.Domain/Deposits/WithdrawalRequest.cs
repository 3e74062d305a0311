using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>A withdrawal above the product's threshold, waiting for a supervisor who did not ask for it.</summary>
public sealed class WithdrawalRequest : Entity, ITenantOwned
{
    private WithdrawalRequest() { }

    public WithdrawalRequest(Guid institutionId, Guid accountId, decimal amount, Channel channel, string? reference,
        DateOnly? valueDate, Guid requestedBy, DateTimeOffset requestedAt, Guid? categoryId = null)
    {
        InstitutionId = institutionId;
        AccountId = accountId;
        Amount = amount;
        Channel = channel;
        Reference = reference;
        ValueDate = valueDate;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        CategoryId = categoryId;
    }

    public Guid InstitutionId { get; private set; }
    public Guid AccountId { get; private set; }
    public decimal Amount { get; private set; }
    public Channel Channel { get; private set; }
    public string? Reference { get; private set; }
    public DateOnly? ValueDate { get; private set; }
    public WithdrawalRequestStatus Status { get; private set; } = WithdrawalRequestStatus.Pending;
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? TransactionId { get; private set; }
    /// <summary>The category the withdrawal is tagged with once posted.</summary>
    public Guid? CategoryId { get; private set; }

    /// <summary>Approves it; the caller then posts the withdrawal and records it with <see cref="RecordPosting"/>, in one transaction.</summary>
    public void Approve(Guid supervisor, DateTimeOffset at)
    {
        Decide(supervisor, at);
        Status = WithdrawalRequestStatus.Approved;
    }

    public void RecordPosting(Guid transactionId)
    {
        if (Status != WithdrawalRequestStatus.Approved || TransactionId is not null)
            throw new InvalidOperationException("Only an approved, not yet posted withdrawal records its posting.");
        TransactionId = transactionId;
    }

    public void Reject(Guid supervisor, string reason, DateTimeOffset at)
    {
        Decide(supervisor, at);
        Status = WithdrawalRequestStatus.Rejected;
        RejectionReason = reason;
    }

    private void Decide(Guid supervisor, DateTimeOffset at)
    {
        if (Status != WithdrawalRequestStatus.Pending)
            throw new DomainException("withdrawal_already_decided", "This withdrawal was already {0}.", Status);
        if (supervisor == RequestedBy)
            throw new DomainException("maker_checker", "The person who asked for the withdrawal cannot decide on it.");
        DecidedBy = supervisor;
        DecidedAt = at;
    }
}
