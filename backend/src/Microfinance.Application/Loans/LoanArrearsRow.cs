namespace Microfinance.Application.Loans;

/// <summary>
/// An active loan as the portfolio-at-risk figures see it (<see cref="LoanArrears"/>). A class with setters, not a
/// positional record: EF translates an object initializer, and the reports compose the query further.
/// </summary>
public sealed class LoanArrearsRow
{
    public Guid LoanId { get; init; }
    public required string Number { get; init; }
    public Guid ClientId { get; init; }
    public Guid BranchId { get; init; }
    /// <summary>The agent who originated the loan.</summary>
    public Guid AgentId { get; init; }
    public Guid ProductId { get; init; }
    public decimal Principal { get; init; }
    public DateOnly? DisbursementDate { get; init; }
    public decimal Outstanding { get; init; }
    /// <summary>The due date of the oldest installment unpaid and past due, if any.</summary>
    public DateOnly? OldestLate { get; init; }

    /// <summary>The days the loan is late at <paramref name="asOf"/>: since its oldest unpaid installment fell due.</summary>
    public int DaysLate(DateOnly asOf) => OldestLate is { } due ? asOf.DayNumber - due.DayNumber : 0;
}
