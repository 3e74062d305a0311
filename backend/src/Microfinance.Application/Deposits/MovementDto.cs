using Microfinance.Domain.Deposits;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Deposits;

/// <summary>
/// One movement of the transaction explorer (<see cref="Movement"/>): an account movement, a loan repayment, an opening
/// fee or a cash disbursement, with its client and its account or loan to click through to.
/// </summary>
public sealed class MovementDto
{
    /// <summary>The id of the record behind it: an account movement's (its receipt, its category, its reversal), a repayment's, the account's (a fee) or the loan's (a cash disbursement).</summary>
    public Guid Id { get; set; }
    public MovementSource Source { get; set; }
    public MovementType Type { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Money received from the client or put on their account; false: paid out or taken from their account.</summary>
    public bool IsCredit { get; set; }
    public string Currency { get; set; } = "";
    public DateOnly ValueDate { get; set; }
    public Channel? Channel { get; set; }
    public string? Reference { get; set; }
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public string ClientNumber { get; set; } = "";
    public Guid BranchId { get; set; }
    public Guid? AccountId { get; set; }
    public string? AccountNumber { get; set; }
    public Guid? LoanId { get; set; }
    public string? LoanNumber { get; set; }
    /// <summary>The account's balance after an account movement; null for the others.</summary>
    public decimal? BalanceAfter { get; set; }
    public Guid JournalEntryId { get; set; }
    public long JournalEntryNumber { get; set; }
    public long Sequence { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReversedAt { get; set; }
    public Guid? CategoryId { get; set; }
    /// <summary>The category's name today; only account movements take one.</summary>
    public string? CategoryName { get; set; }
}
