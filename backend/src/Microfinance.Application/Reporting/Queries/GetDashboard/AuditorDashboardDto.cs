namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>What an auditor looks at first: reversals, refused sign-ins, payments nobody resolved, large withdrawals approved.</summary>
public sealed record AuditorDashboardDto(
    CountAmountDto ReversalsThisMonth, int FailedSignInsThisWeek, int PaymentsToResolve, CountAmountDto WithdrawalsApprovedThisMonth,
    IReadOnlyList<MonthCountDto> ReversalsByMonth);
