namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// The loan portfolio on <see cref="AsOf"/>: from the end of day's record of that day (<c>portfolio_snapshots</c>) for a
/// past month, read live for the month in progress (<c>loan_arrears</c>, the PAR report's own query). Ratios in percent.
/// </summary>
public sealed record PortfolioQuality(
    DateOnly AsOf, string Source, decimal Outstanding, decimal AtRisk30, decimal Par1, decimal Par30, decimal Par90, int Loans, int LoansInArrears);
