using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans;
using Microfinance.Application.Reporting.Queries.GetDashboard;
using Microfinance.Domain.Anomalies;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>
/// A month's figures, read from what the reports already define: the <c>movements</c> view (one definition of a
/// movement), the tontine contributions, the end of day's portfolio snapshots (the PAR a past month ended with; the
/// PAR report's own query for the month in progress) and the findings. A handful of grouped queries, whatever the volume.
/// </summary>
public sealed class MonthlyFiguresReader(IApplicationDbContext db, InstitutionProfile institution)
{
    public async Task<MonthlyFigures> ReadAsync(DateOnly month, CancellationToken ct)
    {
        var profile = await institution.CurrentAsync(ct);
        var today = await institution.TodayAsync(ct);
        var last = month.AddMonths(1).AddDays(-1);

        var moved = await db.Movements.AsNoTracking()
            .Where(m => m.ValueDate >= month && m.ValueDate <= last && m.ReversedAt == null
                && (m.Type == MovementType.Deposit || m.Type == MovementType.Withdrawal || m.Type == MovementType.LoanRepayment || m.Type == MovementType.LoanDisbursement))
            .GroupBy(m => m.Type).Select(g => new { Type = g.Key, Count = g.Count(), Amount = g.Sum(m => m.Amount) })
            .ToDictionaryAsync(g => g.Type, g => new CountAmountDto(g.Count, g.Amount), ct);
        var contributions = await db.TontineContributions.AsNoTracking().Where(c => c.Date >= month && c.Date <= last)
            .GroupBy(_ => 1).Select(g => new CountAmountDto(g.Count(), g.Sum(c => c.Amount))).FirstOrDefaultAsync(ct);

        var (start, end) = (profile.StartOf(month), profile.StartOf(last.AddDays(1)));
        var opened = await db.Anomalies.AsNoTracking().Where(a => a.FirstDetectedAt >= start && a.FirstDetectedAt < end)
            .GroupBy(a => new { a.Rule, a.Severity }).Select(g => new { g.Key.Rule, g.Key.Severity, Count = g.Count() }).ToListAsync(ct);
        var closed = await db.Anomalies.AsNoTracking().CountAsync(a => (a.Status == AnomalyStatus.Explained || a.Status == AnomalyStatus.Dismissed)
            && a.ReviewedAt >= start && a.ReviewedAt < end, ct);

        CountAmountDto Moved(MovementType type) => moved.GetValueOrDefault(type) ?? new CountAmountDto(0, 0);
        return new MonthlyFigures(month, last < today ? last : today,
            Moved(MovementType.Deposit), Moved(MovementType.Withdrawal), Moved(MovementType.LoanRepayment), Moved(MovementType.LoanDisbursement),
            contributions ?? new CountAmountDto(0, 0),
            await PortfolioAsync(month, last, today, ct),
            opened.Sum(o => o.Count), opened.Where(o => o.Severity == AnomalySeverity.High).Sum(o => o.Count), closed,
            opened.GroupBy(o => o.Rule).OrderBy(g => AnomalyRuleOrder(g.Key)).ToDictionary(g => g.Key, g => g.Sum(o => o.Count), StringComparer.Ordinal));
    }

    /// <summary>This month's first day, in the institution's calendar.</summary>
    public async Task<DateOnly> ThisMonthAsync(CancellationToken ct)
    {
        var today = await institution.TodayAsync(ct);
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>A month after this one has no figures yet: 400 on <paramref name="field"/>.</summary>
    public async Task EnsureNotFutureAsync(DateOnly month, string field, CancellationToken ct)
    {
        if (month > await ThisMonthAsync(ct)) throw new ValidationException(field, "The month cannot be in the future.");
    }

    /// <summary>The month in progress: today's portfolio, live. A past month: its last recorded end of day, or nothing (a gap, as in the dashboards' trend).</summary>
    private async Task<PortfolioQuality?> PortfolioAsync(DateOnly month, DateOnly last, DateOnly today, CancellationToken ct)
    {
        if (today <= last)
        {
            var loans = await LoanArrears.Of(db, db.Loans, today).ToListAsync(ct);
            var par = LoanArrears.Figures(loans, today);
            return new PortfolioQuality(today, "loan_arrears", par.OutstandingPrincipal, LoanArrears.AtRisk(loans, today, 30),
                par.Par1, par.Par30, par.Par90, par.ActiveLoans, par.LoansInArrears);
        }
        var day = await db.PortfolioSnapshots.Where(p => p.Date >= month && p.Date <= last).MaxAsync(p => (DateOnly?)p.Date, ct);
        if (day is not { } asOf) return null;
        var s = await db.PortfolioSnapshots.Where(p => p.Date == asOf).GroupBy(_ => 1)
            .Select(g => new
            {
                Loans = g.Sum(p => p.Loans), InArrears = g.Sum(p => p.LoansInArrears), Outstanding = g.Sum(p => p.Outstanding),
                AtRisk1 = g.Sum(p => p.AtRisk1), AtRisk30 = g.Sum(p => p.AtRisk30), AtRisk90 = g.Sum(p => p.AtRisk90),
            }).FirstAsync(ct);
        decimal Ratio(decimal atRisk) => s.Outstanding == 0 ? 0 : Math.Round(atRisk / s.Outstanding * 100, 2, MidpointRounding.AwayFromZero);
        return new PortfolioQuality(asOf, "portfolio_snapshots", s.Outstanding, s.AtRisk30, Ratio(s.AtRisk1), Ratio(s.AtRisk30), Ratio(s.AtRisk90), s.Loans, s.InArrears);
    }

    private static int AnomalyRuleOrder(string code)
    {
        for (var i = 0; i < AnomalyRule.All.Count; i++)
            if (AnomalyRule.All[i].Code == code) return i;
        return AnomalyRule.All.Count;
    }
}
