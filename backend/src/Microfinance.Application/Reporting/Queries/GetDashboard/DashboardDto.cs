namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>The landing figures for the caller's role: exactly one of the four parts is set; <see cref="BranchName"/> names the scope when it is one branch.</summary>
public sealed record DashboardDto(
    string Role, DateOnly Today, Guid? BranchId, string? BranchName, AgentDashboardDto? Agent, ManagerDashboardDto? Manager,
    AccountantDashboardDto? Accountant, AuditorDashboardDto? Auditor);
