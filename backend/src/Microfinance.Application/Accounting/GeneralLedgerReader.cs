using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting;

/// <summary>
/// A GL account's lines over a period of value dates (this month to today by default), in value-date then entry-number
/// order, with the balance before the period and the period's totals: what the general ledger's page and its export read.
/// </summary>
public sealed class GeneralLedgerReader(IApplicationDbContext db, InstitutionProfile institution)
{
    // Settable properties, not a positional record: EF composes over an object initializer (a page, a sum), not a constructor call.
    public sealed class Line
    {
        public DateOnly ValueDate { get; init; }
        public Guid EntryId { get; init; }
        public long Number { get; init; }
        public required string Description { get; init; }
        public JournalSource Source { get; init; }
        public decimal Debit { get; init; }
        public decimal Credit { get; init; }
        public Guid LineId { get; init; }
    }

    public sealed record Ledger(GlAccount Account, DateOnly From, DateOnly To, decimal Opening, int Count, decimal Debit, decimal Credit, IQueryable<Line> Lines)
    {
        public decimal Closing => Opening + Signed(Debit - Credit);

        /// <summary>A movement signed by the account's normal side: debits less credits for assets and expenses.</summary>
        public decimal Signed(decimal debitLessCredit) => Account.IsDebitNormal ? debitLessCredit : -debitLessCredit;
    }

    public async Task<Ledger> ReadAsync(Guid glAccountId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var account = await db.GlAccounts.AsNoTracking().GetAsync(glAccountId, "GL account", ct);
        var end = to ?? await institution.TodayAsync(ct);
        var start = from ?? new DateOnly(end.Year, end.Month, 1);
        var accountLines = db.JournalLines.Where(l => l.GlAccountId == account.Id);
        var opening = await (
            from l in accountLines
            join e in db.JournalEntries.ValuedBetween(null, start.AddDays(-1)) on l.EntryId equals e.Id
            select l.Debit - l.Credit).SumAsync(ct);
        var period =
            from l in accountLines
            join e in db.JournalEntries.ValuedBetween(start, end) on l.EntryId equals e.Id
            orderby e.ValueDate, e.Number, l.Id
            select new Line
            {
                ValueDate = e.ValueDate, EntryId = e.Id, Number = e.Number, Description = e.Description, Source = e.Source, Debit = l.Debit,
                Credit = l.Credit, LineId = l.Id,
            };
        var totals = await period.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Debit = g.Sum(x => x.Debit), Credit = g.Sum(x => x.Credit) })
            .FirstOrDefaultAsync(ct);
        var ledger = new Ledger(account, start, end, 0, totals?.Count ?? 0, totals?.Debit ?? 0, totals?.Credit ?? 0, period);
        return ledger with { Opening = ledger.Signed(opening) };
    }
}
