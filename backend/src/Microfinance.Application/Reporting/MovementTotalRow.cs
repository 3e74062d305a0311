using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting;

/// <summary>Deposits or withdrawals of a branch for a value month, net of their reversals (<see cref="DayTotals.Movements"/>).</summary>
public sealed class MovementTotalRow
{
    public Guid BranchId { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public TransactionType Type { get; init; }
    public int Count { get; init; }
    public decimal Amount { get; init; }
}
