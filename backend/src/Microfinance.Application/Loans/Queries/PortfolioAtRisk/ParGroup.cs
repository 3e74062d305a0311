namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

public sealed record ParGroup(Guid Id, string Name, ParFigures Figures);
