using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The income statement of a period of value dates (from the year's first day to today by default), beside the same
/// period a year earlier: income, then expenses, and the result. Over every day up to the balance sheet's, its result is
/// the balance sheet's (docs/accounting.md).
/// </summary>
public sealed class IncomeStatementReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    private static readonly GlAccountType[] ResultTypes = [GlAccountType.Income, GlAccountType.Expense];

    public override string Name => "income-statement";
    public override string Title => "Compte de résultat";
    public override string Description => "Les produits et les charges d'une période et son résultat, à côté de la même période un an plus tôt.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("section", "Rubrique"),
        ReportColumn.Text("code", "Compte"),
        ReportColumn.Text("account", "Intitulé"),
        ReportColumn.Money("current", "Période"),
        ReportColumn.Money("previous", "Même période N-1"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.FromName, ReportFilters.ToName];

    public override IReadOnlyList<string> ReadBy => Roles.LedgerReaders;

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var to = filters.To ?? await institution.TodayAsync(cancellationToken);
        var from = filters.From ?? new DateOnly(to.Year, 1, 1);
        var lines = await FinancialStatementLines.ReadAsync(db, await institution.CurrentAsync(cancellationToken), ResultTypes, (from, to), (from.AddYears(-1), to.AddYears(-1)), cancellationToken,
            withoutYearEndCloses: true);
        var (result, previousResult) = FinancialStatementLines.Result(lines);
        var income = lines.Where(l => l.Account.Type == GlAccountType.Income).ToList();
        var expenses = lines.Where(l => l.Account.Type == GlAccountType.Expense).ToList();
        return new ListedReportData(
        [
            .. income.Select(l => new object?[] { "Produits", l.Account.Code, l.Account.Name, l.Current, l.Previous }),
            .. expenses.Select(l => new object?[] { "Charges", l.Account.Code, l.Account.Name, l.Current, l.Previous }),
        ],
        [
            new("Produits", income.Sum(l => l.Current), ColumnKind.Money, "income"),
            new("Charges", expenses.Sum(l => l.Current), ColumnKind.Money, "expenses"),
            new("Résultat", result, ColumnKind.Money, "result"),
            new("Résultat N-1", previousResult, ColumnKind.Money, "previousResult"),
        ]);
    }
}
