using Microfinance.Domain.Anomalies;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>An auditor's dashboard: the operations that deserve a second look, counted.</summary>
internal static class AuditorFigures
{
    public static async Task<AuditorDashboardDto> LoadAsync(IApplicationDbContext db, DashboardScope s, CancellationToken ct)
    {
        var since = s.Institution.StartOf(s.FirstMonth);
        // A reversal is its own movement (type Reversal) on an account, or a mark on a loan repayment.
        var accounts = await db.AccountTransactions.Where(t => t.Type == TransactionType.Reversal && t.CreatedAt >= since)
            .GroupBy(t => new { t.CreatedAt.Year, t.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Amount = g.Sum(t => t.Amount) }).ToListAsync(ct);
        var repayments = await db.LoanRepayments.Where(r => r.ReversedAt >= since)
            .GroupBy(r => new { r.ReversedAt!.Value.Year, r.ReversedAt!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Amount = g.Sum(r => r.Amount) }).ToListAsync(ct);
        var byMonth = s.Months.Select(m =>
        {
            var all = accounts.Concat(repayments).Where(r => r.Year == m.Year && r.Month == m.Month).ToList();
            return new MonthCountDto(DashboardScope.MonthLabel(m), all.Sum(r => r.Count), all.Sum(r => r.Amount));
        }).ToList();

        var weekStarts = s.Institution.StartOf(s.Today.AddDays(-6));
        var approved = await db.WithdrawalRequests.Where(w => w.Status == WithdrawalRequestStatus.Approved && w.DecidedAt >= s.MonthStarts)
            .GroupBy(_ => 1).Select(g => new CountAmountDto(g.Count(), g.Sum(w => w.Amount))).FirstOrDefaultAsync(ct);
        var open = await db.Anomalies.Where(a => a.Status == AnomalyStatus.Open).GroupBy(a => a.Severity)
            .Select(g => new { Severity = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new AuditorDashboardDto(
            open.Sum(g => g.Count), open.Where(g => g.Severity == AnomalySeverity.High).Sum(g => g.Count),
            new CountAmountDto(byMonth[^1].Count, byMonth[^1].Amount),
            await db.AuditRecords.CountAsync(a => (a.Action == "LoginFailed" || a.Action == "LoginLocked") && a.OccurredAt >= weekStarts, ct),
            await PaymentsToResolve.CountAsync(db, null, ct),
            approved ?? new CountAmountDto(0, 0), byMonth);
    }
}
