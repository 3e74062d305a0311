using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The balance sheet at a day (today by default), beside the same day a year earlier: assets, then liabilities and
/// equity, then the result not yet closed — every income and expense posted up to the day, since no period is closed
/// yet (docs/accounting.md). Assets = liabilities + equity + result whenever every entry balances.
/// </summary>
public sealed class BalanceSheetReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    private static readonly GlAccountType[] BalanceSheetTypes = [GlAccountType.Asset, GlAccountType.Liability, GlAccountType.Equity];
    private static readonly GlAccountType[] ResultTypes = [GlAccountType.Income, GlAccountType.Expense];

    public override string Name => "balance-sheet";
    public override string Title => "Bilan";
    public override string Description => "L'actif et le passif à une date, le résultat non clôturé compris, à côté de la même date un an plus tôt.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("section", "Rubrique"),
        ReportColumn.Text("code", "Compte"),
        ReportColumn.Text("account", "Intitulé"),
        ReportColumn.Money("current", "Exercice N"),
        ReportColumn.Money("previous", "Exercice N-1"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.AsOfName];

    public override IReadOnlyList<string> ReadBy => Roles.LedgerReaders;

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var day = filters.AsOf ?? await institution.TodayAsync(cancellationToken);
        var yearBefore = day.AddYears(-1);
        // One read of every account's balance for both days: the balance sheet's lines, and the result from the others.
        var all = await FinancialStatementLines.ReadAsync(db, await institution.CurrentAsync(cancellationToken), [.. BalanceSheetTypes, .. ResultTypes],
            (null, day), (null, yearBefore), cancellationToken);
        var lines = all.Where(l => BalanceSheetTypes.Contains(l.Account.Type)).ToList();
        var (result, previousResult) = FinancialStatementLines.Result(all.Where(l => ResultTypes.Contains(l.Account.Type)).ToList());

        var assets = lines.Where(l => l.Account.Type == GlAccountType.Asset).ToList();
        var liabilities = lines.Where(l => l.Account.Type != GlAccountType.Asset).ToList();
        List<object?[]> rows =
        [
            .. assets.Select(l => new object?[] { "Actif", l.Account.Code, l.Account.Name, l.Current, l.Previous }),
            .. liabilities.Select(l => new object?[] { "Passif", l.Account.Code, l.Account.Name, l.Current, l.Previous }),
            ["Passif", null, "Résultat non clôturé", result, previousResult],
        ];
        return new ListedReportData(rows,
        [
            new("Total actif", assets.Sum(l => l.Current), ColumnKind.Money, "totalAssets"),
            new("Total passif", liabilities.Sum(l => l.Current) + result, ColumnKind.Money, "totalLiabilitiesAndEquity"),
            new("Résultat", result, ColumnKind.Money, "result"),
            new("Total actif N-1", assets.Sum(l => l.Previous), ColumnKind.Money, "previousTotalAssets"),
            new("Total passif N-1", liabilities.Sum(l => l.Previous) + previousResult, ColumnKind.Money, "previousTotalLiabilitiesAndEquity"),
        ]);
    }
}
