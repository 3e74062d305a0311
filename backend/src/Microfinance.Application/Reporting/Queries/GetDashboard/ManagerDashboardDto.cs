using Microfinance.Application.Loans.Queries.PortfolioAtRisk;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>A supervisor's (their branch's, when they have one) or the SfdAdmin's (the institution's) figures.</summary>
public sealed record ManagerDashboardDto(
    int Clients, decimal DepositsOutstanding, ParFigures Portfolio, CountAmountDto DisbursementsThisMonth, CountAmountDto RepaymentsThisMonth,
    ApprovalQueueDto Approvals, IReadOnlyList<BranchFiguresDto> Branches, IReadOnlyList<MonthFiguresDto> Months);
