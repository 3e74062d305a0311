namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>How many loans and how much in all, with the first of them (most urgent first).</summary>
public sealed record DueLoansDto(int Count, decimal Amount, IReadOnlyList<DueLoanDto> Loans);
