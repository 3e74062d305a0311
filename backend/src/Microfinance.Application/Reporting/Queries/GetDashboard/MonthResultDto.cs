namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>One month's income (class 7) and expenses (class 6) from the ledger.</summary>
public sealed record MonthResultDto(string Month, decimal Income, decimal Expenses);
