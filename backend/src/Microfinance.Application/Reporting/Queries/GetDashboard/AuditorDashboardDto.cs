namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>
/// What an auditor looks at first: the findings nobody has looked at yet (and how many of them are serious), reversals,
/// refused sign-ins, payments nobody resolved, large withdrawals approved.
/// </summary>
public sealed record AuditorDashboardDto(
    int OpenFindings, int OpenHighFindings, CountAmountDto ReversalsThisMonth, int FailedSignInsThisWeek, int PaymentsToResolve, CountAmountDto WithdrawalsApprovedThisMonth,
    IReadOnlyList<MonthCountDto> ReversalsByMonth);
