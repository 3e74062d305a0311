using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// A period's movements (value dates, this month by default) grouped by category: how many, money in and money out. A
/// reversal carries its original's category, so a reversed operation nets to nothing in its group. Categories by name,
/// the untagged movements last ("Sans catégorie"); a category with no movement in the period has no row.
/// </summary>
public sealed class MovementsByCategoryReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    private const string Uncategorized = "Sans catégorie";

    public override string Name => "movements-by-category";
    public override string Title => "Mouvements par catégorie";
    public override string Description => "Les mouvements de la période regroupés par catégorie : nombre, crédits et débits.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("category", "Catégorie"),
        ReportColumn.Integer("count", "Mouvements"),
        ReportColumn.Money("credits", "Crédits"),
        ReportColumn.Money("debits", "Débits"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.FromName, ReportFilters.ToName, ReportFilters.BranchIdName, ReportFilters.AgentIdName];

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var groups = await GroupsAsync(filters, cancellationToken);
        return new ListedReportData(
            [.. groups.Select(g => new object?[] { g.Category ?? Uncategorized, g.Count, g.Credits, g.Debits })],
            [
                new("Mouvements", groups.Sum(g => g.Count), ColumnKind.Integer),
                new("Crédits", groups.Sum(g => g.Credits), ColumnKind.Money),
                new("Débits", groups.Sum(g => g.Debits), ColumnKind.Money),
            ]);
    }

    /// <summary>One line per category (a handful), summed in PostgreSQL.</summary>
    private async Task<List<Group>> GroupsAsync(ReportFilters f, CancellationToken ct)
    {
        var sums = await f.MovementsOf(db, await institution.TodayAsync(ct)).GroupBy(t => t.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count(), Credits = g.Sum(t => t.IsCredit ? t.Amount : 0), Debits = g.Sum(t => t.IsCredit ? 0 : t.Amount) })
            .ToListAsync(ct);
        var categories = await db.TransactionCategories.ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return sums
            .Select(s => new Group(s.CategoryId is { } id ? categories.GetValueOrDefault(id) : null, s.Count, s.Credits, s.Debits))
            .OrderBy(g => g.Category is null).ThenBy(g => g.Category, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private sealed record Group(string? Category, int Count, decimal Credits, decimal Debits);
}
