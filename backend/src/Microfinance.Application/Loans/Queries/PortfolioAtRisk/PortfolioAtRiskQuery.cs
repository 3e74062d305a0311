namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

/// <summary>Portfolio at risk: outstanding principal of loans late more than N days ÷ total outstanding principal.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record PortfolioAtRiskQuery(DateOnly? AsOf = null) : IRequest<PortfolioAtRiskDto>;
