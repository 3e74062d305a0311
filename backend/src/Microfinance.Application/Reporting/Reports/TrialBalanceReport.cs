using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The trial balance of a period of value dates (this month by default): each GL account with a posting up to the
/// period's end, its balance at the start, the period's debits and credits, its balance at the end — balances signed by
/// the account's normal side, as the trial balance query (<see cref="LedgerTotals"/>); by account code. The debits and
/// credits totals are equal when every entry balances.
/// </summary>
public sealed class TrialBalanceReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    public override string Name => "trial-balance";
    public override string Title => "Balance générale";
    public override string Description => "Chaque compte du grand livre : solde d'ouverture, débits et crédits de la période, solde de clôture.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("code", "Compte"),
        ReportColumn.Text("account", "Intitulé"),
        ReportColumn.Money("opening", "Solde d'ouverture"),
        ReportColumn.Money("debit", "Débits"),
        ReportColumn.Money("credit", "Crédits"),
        ReportColumn.Money("closing", "Solde de clôture"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.FromName, ReportFilters.ToName];

    public override IReadOnlyList<string> ReadBy => Roles.LedgerReaders;

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var to = filters.To ?? await institution.TodayAsync(cancellationToken);
        var start = filters.From ?? ReportWords.StartOfMonth(to);
        var current = await institution.CurrentAsync(cancellationToken);
        var opening = await LedgerTotals.ByAccountAsync(db, current, null, start.AddDays(-1), cancellationToken);
        var period = await LedgerTotals.ByAccountAsync(db, current, start, to, cancellationToken);
        var accounts = await db.GlAccounts.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var none = new GlTotal();

        var lines = accounts.Where(a => opening.ContainsKey(a.Id) || period.ContainsKey(a.Id))
            .Select(a => (Account: a, Opening: opening.GetValueOrDefault(a.Id, none), Period: period.GetValueOrDefault(a.Id, none)))
            .ToList();
        return new ListedReportData(
            [.. lines.Select(l =>
            {
                var openingBalance = LedgerTotals.Balance(l.Account, l.Opening.Debit, l.Opening.Credit);
                return new object?[] { l.Account.Code, l.Account.Name, openingBalance, l.Period.Debit, l.Period.Credit,
                    openingBalance + LedgerTotals.Balance(l.Account, l.Period.Debit, l.Period.Credit) };
            })],
            [new("Débits", lines.Sum(l => l.Period.Debit), ColumnKind.Money), new("Crédits", lines.Sum(l => l.Period.Credit), ColumnKind.Money)]);
    }
}
