namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

public sealed record ParFigures(decimal OutstandingPrincipal, decimal Par1, decimal Par30, decimal Par90, int ActiveLoans, int LoansInArrears);
