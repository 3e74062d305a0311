using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.Reporting;

/// <summary>
/// One movement of money of the institution, whatever recorded it — an account movement, a loan repayment, an
/// account's opening fee, a loan disbursed in cash: the one definition the transaction explorer, its export and the
/// movement reports read (docs/reporting.md). A row of the database view <c>movements</c>, never written.
/// <see cref="IsCredit"/>: money received from the client or put on their account (a deposit, a repayment, a fee, a
/// disbursement onto the account); a debit is money paid out or taken from their account.
/// </summary>
public sealed class Movement : ITenantOwned
{
    private Movement() { }

    /// <summary>The id of the record behind it (see <see cref="MovementSource"/>).</summary>
    public Guid Id { get; private set; }
    public Guid InstitutionId { get; private set; }
    public MovementSource Source { get; private set; }
    public MovementType Type { get; private set; }
    public decimal Amount { get; private set; }
    public bool IsCredit { get; private set; }
    public DateOnly ValueDate { get; private set; }
    public Channel? Channel { get; private set; }
    public string? Reference { get; private set; }
    public Guid ClientId { get; private set; }
    /// <summary>The account's branch, or the loan's.</summary>
    public Guid BranchId { get; private set; }
    /// <summary>The deposit account moved (an account movement, an opening fee); null for a loan's movement.</summary>
    public Guid? AccountId { get; private set; }
    /// <summary>The loan repaid or disbursed in cash; null for an account's movement.</summary>
    public Guid? LoanId { get; private set; }
    public Guid JournalEntryId { get; private set; }
    /// <summary>The movement's number in its account or loan (0 for a fee or a cash disbursement): the order of two movements recorded at the same instant.</summary>
    public long Sequence { get; private set; }
    /// <summary>The account's balance after an account movement; null otherwise.</summary>
    public decimal? BalanceAfter { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReversedAt { get; private set; }
    /// <summary>An account movement's category; the other movements take none.</summary>
    public Guid? CategoryId { get; private set; }
}
