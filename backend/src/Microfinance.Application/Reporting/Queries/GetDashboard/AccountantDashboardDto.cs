namespace Microfinance.Application.Reporting.Queries.GetDashboard;

public sealed record AccountantDashboardDto(
    IReadOnlyList<TreasuryPositionDto> Treasury, int EntriesThisMonth, decimal DepositsOutstanding, decimal LoansOutstanding,
    IReadOnlyList<MonthResultDto> Months);
