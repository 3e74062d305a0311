namespace Microfinance.Application.Reporting.Queries.GetDashboard;

public sealed record CountAmountDto(int Count, decimal Amount);
