namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>A loan with something to collect: the oldest unpaid due date, what is left on it up to the window's end, days late (0 when not yet due).</summary>
public sealed record DueLoanDto(Guid LoanId, string LoanNumber, Guid ClientId, string ClientName, DateOnly DueDate, decimal Amount, int DaysLate);
