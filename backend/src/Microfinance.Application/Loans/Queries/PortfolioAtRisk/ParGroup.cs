using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Queries.PortfolioAtRisk;

public sealed record ParGroup(Guid Id, string Name, ParFigures Figures);
