using Microfinance.Application.Loans;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>An accountant's dashboard, from the ledger (its days summed by the end of day, plus today): treasury positions, the month's entries, the year's income and expenses.</summary>
internal static class AccountantFigures
{
    public static async Task<AccountantDashboardDto> LoadAsync(IApplicationDbContext db, DashboardScope s, CancellationToken ct)
    {
        // Every line of the ledger, as the days summed plus what was posted since; a year-end close moves a result into
        // equity, no income or expense of its month.
        var summed = await db.LedgerDayTotals.GroupBy(d => new { d.GlAccountId, d.ValueDate.Year, d.ValueDate.Month, d.YearEndClose })
            .Select(g => new { g.Key.GlAccountId, Month = new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.YearEndClose, Debit = g.Sum(d => d.Debit), Credit = g.Sum(d => d.Credit) })
            .ToListAsync(ct);
        var (_, liveFrom) = await DayTotals.LiveFromAsync(db, s.Institution, ct);
        var lines = summed.Concat((await DayTotals.Ledger(db, liveFrom, null, ct))
            .Select(r => new { r.GlAccountId, Month = new DateOnly(r.ValueDate.Year, r.ValueDate.Month, 1), r.YearEndClose, r.Debit, r.Credit })).ToList();
        var accounts = await db.GlAccounts.Where(a => a.Class == 1 || a.Class == 6 || a.Class == 7)
            .ToDictionaryAsync(a => a.Id, a => new { a.Code, a.Name, a.Class }, ct);
        var treasury = lines.Where(l => accounts.GetValueOrDefault(l.GlAccountId)?.Class == 1)
            .GroupBy(l => accounts[l.GlAccountId])
            .Select(g => new TreasuryPositionDto(g.Key.Code, g.Key.Name, g.Sum(l => l.Debit) - g.Sum(l => l.Credit)))
            .OrderBy(t => t.Code).ToList();
        decimal Net(DateOnly m, int glClass) => lines.Where(l => l.Month == m && !l.YearEndClose && accounts.GetValueOrDefault(l.GlAccountId)?.Class == glClass)
            .Sum(l => l.Credit - l.Debit);

        return new AccountantDashboardDto(
            treasury,
            await db.JournalEntries.CountAsync(e => e.ValueDate >= s.MonthStart, ct),
            await db.DepositAccounts.SumAsync(a => a.Balance, ct),
            await LoanArrears.Of(db, db.Loans, s.Today).SumAsync(l => l.Outstanding, ct),
            s.Months.Select(m => new MonthResultDto(DashboardScope.MonthLabel(m), Net(m, 7), -Net(m, 6))).ToList());
    }
}
