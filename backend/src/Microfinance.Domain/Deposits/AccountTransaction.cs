using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>
/// One movement on a deposit account, as the client sees it on a statement and a receipt. Its money is in the
/// journal entry it names. Only its reversal marks are ever set after it is written.
/// </summary>
public sealed class AccountTransaction : Entity, ITenantOwned
{
    private AccountTransaction() { }

    public AccountTransaction(
        DepositAccount account, long sequence, TransactionType type, decimal amount, bool isCredit,
        decimal balanceAfter, DateOnly valueDate, Channel? channel, string? reference, Guid journalEntryId,
        Guid? createdBy, DateTimeOffset createdAt, Guid? counterpartAccountId = null, Guid? reversesTransactionId = null, Guid? categoryId = null)
    {
        InstitutionId = account.InstitutionId;
        AccountId = account.Id;
        ClientId = account.ClientId;
        BranchId = account.BranchId;
        Sequence = sequence;
        Type = type;
        Amount = amount;
        IsCredit = isCredit;
        BalanceAfter = balanceAfter;
        ValueDate = valueDate;
        Channel = channel;
        Reference = reference;
        JournalEntryId = journalEntryId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        CounterpartAccountId = counterpartAccountId;
        ReversesTransactionId = reversesTransactionId;
        CategoryId = categoryId;
    }

    public Guid InstitutionId { get; private set; }
    public Guid AccountId { get; private set; }
    /// <summary>
    /// The account's client and branch (an account never changes either), carried on each movement so that the explorer
    /// reads the movements from this table alone, newest first by index (docs/reporting.md "The transaction explorer").
    /// </summary>
    public Guid ClientId { get; private set; }
    public Guid BranchId { get; private set; }
    public long Sequence { get; private set; }
    public TransactionType Type { get; private set; }
    public decimal Amount { get; private set; }
    /// <summary>True when the movement added money to the account.</summary>
    public bool IsCredit { get; private set; }
    public decimal BalanceAfter { get; private set; }
    public DateOnly ValueDate { get; private set; }
    public Channel? Channel { get; private set; }
    public string? Reference { get; private set; }
    public Guid JournalEntryId { get; private set; }
    /// <summary>The other account of a transfer.</summary>
    public Guid? CounterpartAccountId { get; private set; }
    public Guid? ReversesTransactionId { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReversedAt { get; private set; }
    public Guid? ReversedBy { get; private set; }
    public string? ReversalReason { get; private set; }
    /// <summary>The institution's <see cref="TransactionCategory"/> it is tagged with, if any: set when recorded or later.</summary>
    public Guid? CategoryId { get; private set; }

    public decimal SignedAmount => IsCredit ? Amount : -Amount;

    /// <summary>Tags the movement with a category, another one, or none (null).</summary>
    public void Categorize(Guid? categoryId) => CategoryId = categoryId;

    public void MarkReversed(Guid? by, string reason, DateTimeOffset at)
    {
        if (Type == TransactionType.Reversal)
            throw new DomainException("reversal_not_reversible", "A reversal cannot itself be reversed.");
        if (ReversedAt is not null)
            throw new DomainException("already_reversed", "This transaction was already reversed.");
        ReversedAt = at;
        ReversedBy = by;
        ReversalReason = reason;
    }
}
