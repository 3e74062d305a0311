using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>An accountant's dashboard, from the ledger: treasury positions, the month's entries, the year's income and expenses.</summary>
internal static class AccountantFigures
{
    public static async Task<AccountantDashboardDto> LoadAsync(IApplicationDbContext db, DashboardScope s, CancellationToken ct)
    {
        var treasury = await (
            from l in db.JournalLines
            join a in db.GlAccounts on l.GlAccountId equals a.Id
            where a.Class == 1
            group l by new { a.Code, a.Name } into g
            orderby g.Key.Code
            select new TreasuryPositionDto(g.Key.Code, g.Key.Name, g.Sum(l => l.Debit) - g.Sum(l => l.Credit))).ToListAsync(ct);
        var results = await (
            from l in db.JournalLines
            join a in db.GlAccounts on l.GlAccountId equals a.Id
            join e in db.JournalEntries on l.EntryId equals e.Id
            where (a.Class == 6 || a.Class == 7) && e.ValueDate >= s.FirstMonth
            group l by new { e.ValueDate.Year, e.ValueDate.Month, a.Class } into g
            select new { g.Key.Year, g.Key.Month, g.Key.Class, Net = g.Sum(l => l.Credit) - g.Sum(l => l.Debit) }).ToListAsync(ct);
        decimal Net(DateOnly m, int glClass) => results.Where(r => r.Year == m.Year && r.Month == m.Month && r.Class == glClass).Sum(r => r.Net);

        return new AccountantDashboardDto(
            treasury,
            await db.JournalEntries.CountAsync(e => e.ValueDate >= s.MonthStart, ct),
            await db.DepositAccounts.SumAsync(a => a.Balance, ct),
            await db.LoanInstallments.Where(i => db.Loans.Any(l => l.Id == i.LoanId && l.Status == LoanStatus.Active)).SumAsync(i => i.PrincipalDue - i.PrincipalPaid, ct),
            s.Months.Select(m => new MonthResultDto(DashboardScope.MonthLabel(m), Net(m, 7), -Net(m, 6))).ToList());
    }
}
