namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>The caller's landing figures (docs/reporting.md "Dashboards").</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetDashboardQuery : IRequest<DashboardDto>;
