using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>The portfolio at risk of each agent (the one who originated the loan, as the PAR query counts it).</summary>
public sealed class ParByAgentReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution)
    : PortfolioAtRiskReport(db, names, institution)
{
    public override string Name => "par-by-agent";
    public override string Title => "Portefeuille à risque par agent";
    public override string Description => "L'encours de chaque agent, sa part en retard de plus de 30 jours et ses PAR 1, 30 et 90.";

    protected override ReportColumn GroupColumn { get; } = ReportColumn.Text("agent", "Agent");

    protected override Guid GroupOf(LoanArrearsRow loan) => loan.AgentId;

    protected override string NameOf(Guid group, ReportNameBook named) => named.Agent(group);
}
