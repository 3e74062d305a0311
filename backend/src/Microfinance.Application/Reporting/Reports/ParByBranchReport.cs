using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>The portfolio at risk of each branch (the loan's branch).</summary>
public sealed class ParByBranchReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution)
    : PortfolioAtRiskReport(db, names, institution)
{
    public override string Name => "par-by-branch";
    public override string Title => "Portefeuille à risque par agence";
    public override string Description => "L'encours de chaque agence, sa part en retard de plus de 30 jours et ses PAR 1, 30 et 90.";

    protected override ReportColumn GroupColumn { get; } = ReportColumn.Text("branch", "Agence");

    protected override Guid GroupOf(LoanArrearsRow loan) => loan.BranchId;

    protected override string NameOf(Guid group, ReportNameBook named) => named.Branch(group);
}
