using Microfinance.Domain.Common;
using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.Reporting;

/// <summary>
/// The deposits or the withdrawals of one branch recorded on one day, for one value month, net of the reversals recorded
/// that day (docs/reporting.md "Dashboards"). A day is summed once it is over: its movements never change afterwards
/// (a reversal is a movement of its own day), so the dashboards read a year of these instead of a year of movements.
/// </summary>
public sealed class MovementDayTotal : Entity, ITenantOwned
{
    private MovementDayTotal() { }

    public MovementDayTotal(Guid institutionId, Guid branchId, DateOnly recordedOn, DateOnly month, TransactionType type, int count, decimal amount)
    {
        if (type is not (TransactionType.Deposit or TransactionType.Withdrawal)) throw new ArgumentOutOfRangeException(nameof(type));
        if (month.Day != 1) throw new ArgumentOutOfRangeException(nameof(month), "A value month is its first day.");
        (InstitutionId, BranchId, RecordedOn, Month, Type, Count, Amount) = (institutionId, branchId, recordedOn, month, type, count, amount);
    }

    public Guid InstitutionId { get; private set; }
    public Guid BranchId { get; private set; }
    public DateOnly RecordedOn { get; private set; }
    public DateOnly Month { get; private set; }
    public TransactionType Type { get; private set; }
    public int Count { get; private set; }
    public decimal Amount { get; private set; }
}
