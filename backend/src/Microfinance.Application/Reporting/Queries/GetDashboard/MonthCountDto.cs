namespace Microfinance.Application.Reporting.Queries.GetDashboard;

public sealed record MonthCountDto(string Month, int Count, decimal Amount);
