using Microfinance.Domain.Common;

namespace Microfinance.Domain.Reporting;

/// <summary>
/// A branch's loan portfolio as it stood at the end of one business day: outstanding principal and the part of it late
/// more than 1, 30 and 90 days. Written by the end of day (docs/reporting.md "Dashboards"), so the PAR trend of the
/// dashboards reads twelve rows instead of replaying a year of repayments; recording a day again replaces its figures.
/// </summary>
public sealed class PortfolioSnapshot : Entity, ITenantOwned
{
    private PortfolioSnapshot() { }

    public PortfolioSnapshot(Guid institutionId, Guid branchId, DateOnly date)
    {
        InstitutionId = institutionId;
        BranchId = branchId;
        Date = date;
    }

    public Guid InstitutionId { get; private set; }
    public Guid BranchId { get; private set; }
    public DateOnly Date { get; private set; }
    public int Loans { get; private set; }
    public int LoansInArrears { get; private set; }
    public decimal Outstanding { get; private set; }
    public decimal AtRisk1 { get; private set; }
    public decimal AtRisk30 { get; private set; }
    public decimal AtRisk90 { get; private set; }

    public void Record(int loans, int loansInArrears, decimal outstanding, decimal atRisk1, decimal atRisk30, decimal atRisk90)
    {
        if (loans < 0 || loansInArrears < 0 || loansInArrears > loans) throw new ArgumentOutOfRangeException(nameof(loansInArrears));
        if (outstanding < 0 || atRisk90 > atRisk30 || atRisk30 > atRisk1 || atRisk1 > outstanding)
            throw new ArgumentOutOfRangeException(nameof(outstanding), "At-risk amounts are nested parts of the outstanding principal.");
        (Loans, LoansInArrears, Outstanding, AtRisk1, AtRisk30, AtRisk90) = (loans, loansInArrears, outstanding, atRisk1, atRisk30, atRisk90);
    }
}
