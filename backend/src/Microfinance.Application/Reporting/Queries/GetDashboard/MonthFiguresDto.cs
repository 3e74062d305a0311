namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>
/// One month (<c>2026-11</c>): deposits and withdrawals valued in it (reversed ones left out), and the portfolio at its
/// last recorded day — null for a month no end of day recorded.
/// </summary>
public sealed record MonthFiguresDto(string Month, decimal Deposits, decimal Withdrawals, decimal? Outstanding, decimal? Par30);
