namespace Microfinance.Application.Reporting.Commands.RecordPortfolioSnapshots;

/// <summary>One loan at the end of a day: what it still owes in principal, what was paid on it, and what fell due before the PAR thresholds.</summary>
public sealed class LoanPosition
{
    public Guid BranchId { get; init; }
    public decimal Outstanding { get; init; }
    public decimal Paid { get; init; }
    public decimal DueBefore1 { get; init; }
    public decimal DueBefore30 { get; init; }
    public decimal DueBefore90 { get; init; }
}
