using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting;

/// <summary>
/// The one definition of the dashboards' sums over movements and ledger lines recorded in a span of time: the end of
/// day stores them per day once the day is over (<see cref="Commands.RecordDayTotals.RecordDayTotalsCommand"/>), the
/// dashboards add the same sums over what was recorded since (docs/reporting.md "Dashboards").
/// </summary>
public static class DayTotals
{
    /// <summary>
    /// Deposits and withdrawals recorded in [<paramref name="since"/>, <paramref name="until"/>), by branch, value month and type;
    /// a reversal of one recorded in the span counts against its type (negative), in its own value month.
    /// </summary>
    public static async Task<List<MovementTotalRow>> Movements(IApplicationDbContext db, DateTimeOffset since, DateTimeOffset? until, CancellationToken ct)
    {
        var recorded = db.AccountTransactions.Where(t => t.CreatedAt >= since && (until == null || t.CreatedAt < until));
        var direct = await (
            from t in recorded
            where t.Type == TransactionType.Deposit || t.Type == TransactionType.Withdrawal
            group t by new { t.BranchId, t.ValueDate.Year, t.ValueDate.Month, t.Type } into g
            select new MovementTotalRow
            {
                BranchId = g.Key.BranchId, Year = g.Key.Year, Month = g.Key.Month, Type = g.Key.Type, Count = g.Count(), Amount = g.Sum(t => t.Amount),
            }).ToListAsync(ct);
        var reversals = await (
            from r in recorded
            where r.Type == TransactionType.Reversal
            join o in db.AccountTransactions on r.ReversesTransactionId equals o.Id
            where o.Type == TransactionType.Deposit || o.Type == TransactionType.Withdrawal
            group r by new { r.BranchId, r.ValueDate.Year, r.ValueDate.Month, o.Type } into g
            select new MovementTotalRow
            {
                BranchId = g.Key.BranchId, Year = g.Key.Year, Month = g.Key.Month, Type = g.Key.Type, Count = -g.Count(), Amount = -g.Sum(r => r.Amount),
            }).ToListAsync(ct);
        // A deposit and its reversal recorded the same day, valued the same month, make one net figure.
        return direct.Concat(reversals)
            .GroupBy(r => (r.BranchId, r.Year, r.Month, r.Type))
            .Select(g => new MovementTotalRow
            {
                BranchId = g.Key.BranchId, Year = g.Key.Year, Month = g.Key.Month, Type = g.Key.Type, Count = g.Sum(r => r.Count), Amount = g.Sum(r => r.Amount),
            })
            .ToList();
    }

    /// <summary>
    /// Debits and credits of the journal entries posted in [<paramref name="since"/>, <paramref name="until"/>), by GL account,
    /// value date and whether they belong to a year-end close or its reversal.
    /// </summary>
    public static Task<List<LedgerTotalRow>> Ledger(IApplicationDbContext db, DateTimeOffset since, DateTimeOffset? until, CancellationToken ct) => (
        from l in db.JournalLines
        join e in db.JournalEntries on l.EntryId equals e.Id
        where e.PostedAt >= since && (until == null || e.PostedAt < until)
        let yearEndClose = e.Source == JournalSource.YearEndClose
            || (e.Source == JournalSource.Reversal && db.JournalEntries.Any(o => o.Id == e.ReversesEntryId && o.Source == JournalSource.YearEndClose))
        group l by new { l.GlAccountId, e.ValueDate, YearEndClose = yearEndClose } into g
        select new LedgerTotalRow
        {
            GlAccountId = g.Key.GlAccountId, ValueDate = g.Key.ValueDate, YearEndClose = g.Key.YearEndClose, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit),
        }).ToListAsync(ct);

    /// <summary>Where the live part starts: the instant after the last day summed (the beginning of time when none was).</summary>
    public static async Task<(DateTimeOffset Movements, DateTimeOffset Ledger)> LiveFromAsync(IApplicationDbContext db, Domain.IdentityAccess.Institution institution,
        CancellationToken ct)
    {
        var movements = await db.MovementDayTotals.MaxAsync(d => (DateOnly?)d.RecordedOn, ct);
        var ledger = await db.LedgerDayTotals.MaxAsync(d => (DateOnly?)d.PostedOn, ct);
        return (movements is { } m ? institution.StartOf(m.AddDays(1)) : DateTimeOffset.MinValue,
            ledger is { } l ? institution.StartOf(l.AddDays(1)) : DateTimeOffset.MinValue);
    }
}
