namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

public sealed record PortfolioAtRiskDto(DateOnly AsOf, ParFigures Overall, IReadOnlyList<ParGroup> ByBranch, IReadOnlyList<ParGroup> ByAgent);
