using Microfinance.Application.Common.Money;
using Microfinance.Application.Treasury;
using Microfinance.Domain.Treasury;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The drawer report per day and agent: each session of the period (business days, this month by default) with its float,
/// the cash its holder took in and paid out, what was expected, counted and the difference (docs/treasury.md).
/// </summary>
public sealed class CashDrawersReport(IApplicationDbContext db, CashDrawerReader reader, ReportNames names, InstitutionProfile institution) : Report
{
    public override string Name => "cash-drawers";
    public override string Title => "Caisses par jour et par agent";
    public override string Description => "Chaque session de caisse de la période : fonds de caisse, entrées et sorties d'espèces, attendu, compté et écart.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Date("date", "Journée"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Text("status", "État"),
        ReportColumn.Money("openingFloat", "Fonds de caisse"),
        ReportColumn.Money("cashIn", "Entrées"),
        ReportColumn.Money("cashOut", "Sorties"),
        ReportColumn.Money("expected", "Attendu"),
        ReportColumn.Money("counted", "Compté"),
        ReportColumn.Money("difference", "Écart"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.FromName, ReportFilters.ToName, ReportFilters.BranchIdName, ReportFilters.AgentIdName, ReportFilters.StatusName];

    public override IReadOnlyList<string> Statuses { get; } = Enum.GetNames<CashDrawerStatus>();

    public override string StatusWord(string status) => ReportWords.Of(Enum.Parse<CashDrawerStatus>(status));

    public override async Task<ReportData> PrepareAsync(ReportFilters f, CancellationToken cancellationToken)
    {
        var to = f.To ?? await institution.TodayAsync(cancellationToken);
        var from = f.From ?? ReportWords.StartOfMonth(to);
        var sessions = db.CashDrawerSessions.Where(s => s.BusinessDate >= from && s.BusinessDate <= to);
        if (f.BranchId is { } branch) sessions = sessions.Where(s => s.BranchId == branch);
        if (f.AgentId is { } agent) sessions = sessions.Where(s => s.UserId == agent);
        if (f.Status is { } status) sessions = sessions.Where(s => s.Status == Enum.Parse<CashDrawerStatus>(status));

        // A month holds a few sessions per agent and day: read at once, named, summed.
        var rows = await (await reader.RowsAsync(sessions, cancellationToken))
            .OrderBy(r => r.BusinessDate).ThenBy(r => r.OpenedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var named = await names.LoadAsync([.. rows.Select(r => (Guid?)r.UserId)], cancellationToken);
        return new ListedReportData(
            [.. rows.Select(r => new object?[]
            {
                r.BusinessDate, named.Agent(r.UserId), r.BranchName, ReportWords.Of(r.Status), r.OpeningFloat, r.CashIn, r.CashOut, r.ExpectedCash,
                r.CountedCash, r.Difference,
            })],
            [
                new("Entrées", rows.Sum(r => r.CashIn), ColumnKind.Money),
                new("Sorties", rows.Sum(r => r.CashOut), ColumnKind.Money),
                new("Écarts", rows.Sum(r => r.Difference ?? 0), ColumnKind.Money),
            ]);
    }
}
