namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>A field agent's day: what they collected today (deposits and repayments they recorded), their clients, what they wait on, their loans to collect.</summary>
public sealed record AgentDashboardDto(
    CountAmountDto CollectionsToday, IReadOnlyList<ChannelFiguresDto> CollectionsByChannel, int Clients, PendingRequestsDto Pending,
    DueLoansDto DueThisWeek, DueLoansDto Late);
