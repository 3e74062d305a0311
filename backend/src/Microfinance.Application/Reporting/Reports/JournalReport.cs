using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The journal of a period of value dates (this month by default): each line of each entry — date, entry number,
/// description, GL account, debit or credit — by entry number, debits first. Total debits equal total credits.
/// </summary>
public sealed class JournalReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    public override string Name => "journal";
    public override string Title => "Journal";
    public override string Description => "Les écritures comptables de la période, ligne par ligne, avec leurs comptes.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Date("valueDate", "Date"),
        ReportColumn.Integer("entry", "N° écriture"),
        ReportColumn.Text("description", "Libellé"),
        ReportColumn.Text("code", "Compte"),
        ReportColumn.Text("account", "Intitulé du compte"),
        ReportColumn.Money("debit", "Débit"),
        ReportColumn.Money("credit", "Crédit"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.FromName, ReportFilters.ToName];

    public override IReadOnlyList<string> ReadBy => Roles.LedgerReaders;

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var to = filters.To ?? await institution.TodayAsync(cancellationToken);
        var start = filters.From ?? ReportWords.StartOfMonth(to);
        var lines = from l in db.JournalLines
                    join e in db.JournalEntries.ValuedBetween(start, to) on l.EntryId equals e.Id
                    join a in db.GlAccounts on l.GlAccountId equals a.Id
                    select new Row
                    {
                        ValueDate = e.ValueDate, Entry = e.Number, Description = e.Description, Code = a.Code, Account = a.Name,
                        Debit = l.Debit, Credit = l.Credit, LineId = l.Id,
                    };
        return new QueriedReportData<Row>(lines.OrderBy(r => r.Entry).ThenByDescending(r => r.Debit).ThenBy(r => r.LineId),
            r => [r.ValueDate, r.Entry, r.Description, r.Code, r.Account, r.Debit == 0 ? null : r.Debit, r.Credit == 0 ? null : r.Credit],
            async ct =>
            {
                var sums = (await lines.GroupBy(r => 1)
                    .Select(g => new { Debit = g.Sum(r => r.Debit), Credit = g.Sum(r => r.Credit) })
                    .ToListAsync(ct)).SingleOrDefault();
                return [new("Débits", sums?.Debit ?? 0, ColumnKind.Money), new("Crédits", sums?.Credit ?? 0, ColumnKind.Money)];
            });
    }

    // A class with setters, not a positional record: EF translates an object initializer, not a constructor call.
    private sealed class Row
    {
        public DateOnly ValueDate { get; init; }
        public long Entry { get; init; }
        public required string Description { get; init; }
        public required string Code { get; init; }
        public required string Account { get; init; }
        public decimal Debit { get; init; }
        public decimal Credit { get; init; }
        public Guid LineId { get; init; }
    }
}
