using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The portfolio at risk by a grouping (<see cref="ParByBranchReport"/>, <see cref="ParByAgentReport"/>): each group's
/// active loans, loans in arrears, principal outstanding, the part of it late more than 30 days, and PAR1, PAR30 and
/// PAR90 — the PAR query's own figures (<see cref="LoanArrears"/>), at <see cref="ReportFilters.AsOf"/> (today by default).
/// </summary>
public abstract class PortfolioAtRiskReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution) : Report
{
    /// <summary>The group's column: its key and French title.</summary>
    protected abstract ReportColumn GroupColumn { get; }

    /// <summary>The group a loan counts in, by id.</summary>
    protected abstract Guid GroupOf(LoanArrearsRow loan);

    /// <summary>The group's name.</summary>
    protected abstract string NameOf(Guid group, ReportNameBook named);

    public override IReadOnlyList<ReportColumn> Columns =>
    [
        GroupColumn,
        ReportColumn.Integer("loans", "Prêts actifs"),
        ReportColumn.Integer("loansInArrears", "Prêts en retard"),
        ReportColumn.Money("outstanding", "Encours"),
        ReportColumn.Money("atRisk30", "Encours à risque > 30 jours"),
        ReportColumn.Percent("par1", "PAR 1"),
        ReportColumn.Percent("par30", "PAR 30"),
        ReportColumn.Percent("par90", "PAR 90"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.AsOfName, ReportFilters.BranchIdName, ReportFilters.AgentIdName, ReportFilters.ProductIdName];

    /// <summary>The loans read once; grouped and figured here as the PAR query does, the groups by name.</summary>
    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var asOf = filters.AsOf ?? await institution.TodayAsync(cancellationToken);
        var loans = await LoanArrears.Of(db, filters.LoansOf(db.Loans), asOf).ToListAsync(cancellationToken);
        var named = await names.LoadAsync([.. loans.Select(l => (Guid?)l.AgentId)], cancellationToken);
        var rows = loans.GroupBy(GroupOf)
            .Select(g => (Name: NameOf(g.Key, named), Loans: g.ToList()))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => Cells(g.Name, g.Loans, asOf))
            .ToList();
        var all = LoanArrears.Figures(loans, asOf);
        return new ListedReportData(rows,
        [
            new("Encours", all.OutstandingPrincipal, ColumnKind.Money),
            new("Encours à risque > 30 jours", LoanArrears.AtRisk(loans, asOf, 30), ColumnKind.Money),
            new("PAR 1", all.Par1, ColumnKind.Percent),
            new("PAR 30", all.Par30, ColumnKind.Percent),
            new("PAR 90", all.Par90, ColumnKind.Percent),
        ]);
    }

    private static object?[] Cells(string name, IReadOnlyCollection<LoanArrearsRow> loans, DateOnly asOf)
    {
        var f = LoanArrears.Figures(loans, asOf);
        return [name, f.ActiveLoans, f.LoansInArrears, f.OutstandingPrincipal, LoanArrears.AtRisk(loans, asOf, 30), f.Par1, f.Par30, f.Par90];
    }
}
