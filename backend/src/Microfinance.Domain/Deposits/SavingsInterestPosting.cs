using Microfinance.Domain.Common;

namespace Microfinance.Domain.Deposits;

/// <summary>
/// A savings account's interest for one month, settled once: what it was computed on, and the movement that credited
/// it (none when the month earned nothing). The database holds one per account and month, so a second run of the month —
/// another instance, a manual rerun — credits nothing twice. Never changed once written.
/// </summary>
public sealed class SavingsInterestPosting : Entity, ITenantOwned
{
    private SavingsInterestPosting() { }

    public SavingsInterestPosting(
        DepositAccount account, DateOnly month, decimal minimumBalance, decimal annualRatePercent, decimal amount,
        AccountTransaction? movement, DateTimeOffset postedAt)
    {
        if (month.Day != 1) throw new ArgumentException("A month is named by its first day.", nameof(month));
        if (amount < 0 || (amount > 0) != (movement is not null))
            throw new ArgumentException("A positive interest is credited by one movement; a zero interest by none.", nameof(movement));
        InstitutionId = account.InstitutionId;
        AccountId = account.Id;
        Month = month;
        MinimumBalance = minimumBalance;
        AnnualInterestRatePercent = annualRatePercent;
        Days = month.AddMonths(1).DayNumber - month.DayNumber;
        Amount = amount;
        AccountTransactionId = movement?.Id;
        JournalEntryId = movement?.JournalEntryId;
        PostedAt = postedAt;
    }

    public Guid InstitutionId { get; private set; }
    public Guid AccountId { get; private set; }
    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }
    public decimal MinimumBalance { get; private set; }
    /// <summary>The product's rate when the month was run.</summary>
    public decimal AnnualInterestRatePercent { get; private set; }
    public int Days { get; private set; }
    public decimal Amount { get; private set; }
    public Guid? AccountTransactionId { get; private set; }
    public Guid? JournalEntryId { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
}
