using Microfinance.Application.Loans.Queries.PortfolioAtRisk;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>
/// A supervisor's or the SfdAdmin's dashboard. The portfolio and PAR are the PAR report's own query; the months' deposits
/// and withdrawals are the days the end of day summed plus what was recorded since; the PAR trend reads the end-of-day snapshots.
/// </summary>
internal static class ManagerFigures
{
    private static readonly ParFigures NoLoans = new(0, 0, 0, 0, 0, 0);

    public static async Task<ManagerDashboardDto> LoadAsync(IApplicationDbContext db, IMediator mediator, DashboardScope s, CancellationToken ct)
    {
        var branch = s.BranchId;
        var clients = branch is { } b1 ? db.Clients.Where(c => c.BranchId == b1) : db.Clients;
        var accounts = branch is { } b2 ? db.DepositAccounts.Where(a => a.BranchId == b2) : db.DepositAccounts;
        var loans = branch is { } b3 ? db.Loans.Where(l => l.BranchId == b3) : db.Loans;

        var par = await mediator.Send(new PortfolioAtRiskQuery(s.Today), ct);
        var portfolio = branch is { } b4 ? par.ByBranch.FirstOrDefault(g => g.Id == b4)?.Figures ?? NoLoans : par.Overall;

        var disbursed = await loans.Where(l => l.DisbursementDate >= s.MonthStart)
            .GroupBy(_ => 1).Select(g => new CountAmountDto(g.Count(), g.Sum(l => l.Principal))).FirstOrDefaultAsync(ct);
        var repaid = await db.LoanRepayments
            .Where(r => r.Date >= s.MonthStart && r.ReversedAt == null && loans.Any(l => l.Id == r.LoanId))
            .GroupBy(_ => 1).Select(g => new CountAmountDto(g.Count(), g.Sum(r => r.Amount))).FirstOrDefaultAsync(ct);

        var loanSteps = await loans
            .Where(l => l.Status == LoanStatus.Submitted || l.Status == LoanStatus.UnderReview || l.Status == LoanStatus.Recommended || l.Status == LoanStatus.Approved)
            .GroupBy(l => l.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var approvals = new ApprovalQueueDto(
            await accounts.CountAsync(a => a.Status == DepositAccountStatus.Requested, ct),
            await db.WithdrawalRequests.CountAsync(w => w.Status == WithdrawalRequestStatus.Pending && accounts.Any(a => a.Id == w.AccountId), ct),
            loanSteps.GetValueOrDefault(LoanStatus.Submitted) + loanSteps.GetValueOrDefault(LoanStatus.UnderReview),
            loanSteps.GetValueOrDefault(LoanStatus.Recommended), loanSteps.GetValueOrDefault(LoanStatus.Approved),
            await PaymentsToResolve.CountAsync(db, branch, ct));

        return new ManagerDashboardDto(
            await clients.CountAsync(ct), await accounts.SumAsync(a => a.Balance, ct), portfolio,
            disbursed ?? new CountAmountDto(0, 0), repaid ?? new CountAmountDto(0, 0), approvals,
            await BranchesAsync(db, par, ct), await MonthsAsync(db, s, ct));
    }

    private static async Task<IReadOnlyList<BranchFiguresDto>> BranchesAsync(IApplicationDbContext db, PortfolioAtRiskDto par, CancellationToken ct)
    {
        var names = await db.Branches.OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var clients = await db.Clients.GroupBy(c => c.BranchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var deposits = await db.DepositAccounts.GroupBy(a => a.BranchId).Select(g => new { g.Key, Sum = g.Sum(a => a.Balance) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        var loans = par.ByBranch.ToDictionary(g => g.Id, g => g.Figures);
        return names.Select(b => new BranchFiguresDto(b.Id, b.Name, clients.GetValueOrDefault(b.Id), deposits.GetValueOrDefault(b.Id),
            loans.GetValueOrDefault(b.Id, NoLoans).OutstandingPrincipal, loans.GetValueOrDefault(b.Id, NoLoans).Par30)).ToList();
    }

    /// <summary>Deposits and withdrawals by value month (the days summed, then the live part), the portfolio at each month's last recorded day.</summary>
    private static async Task<IReadOnlyList<MonthFiguresDto>> MonthsAsync(IApplicationDbContext db, DashboardScope s, CancellationToken ct)
    {
        var branch = s.BranchId;
        var summed = await db.MovementDayTotals.Where(d => d.Month >= s.FirstMonth && (branch == null || d.BranchId == branch))
            .GroupBy(d => new { d.Month, d.Type }).Select(g => new { g.Key.Month, g.Key.Type, Amount = g.Sum(d => d.Amount) }).ToListAsync(ct);
        var (liveFrom, _) = await DayTotals.LiveFromAsync(db, s.Institution, ct);
        var live = (await DayTotals.Movements(db, liveFrom, null, ct)).Where(r => branch == null || r.BranchId == branch)
            .Select(r => new { Month = new DateOnly(r.Year, r.Month, 1), r.Type, r.Amount });
        var flows = summed.Concat(live).ToList();
        var days = await db.PortfolioSnapshots.Where(p => p.Date >= s.FirstMonth && (branch == null || p.BranchId == branch))
            .GroupBy(p => p.Date)
            .Select(g => new { Date = g.Key, Outstanding = g.Sum(p => p.Outstanding), AtRisk30 = g.Sum(p => p.AtRisk30) })
            .ToListAsync(ct);
        var monthEnds = days.GroupBy(d => DashboardScope.MonthLabel(d.Date.Year, d.Date.Month)).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Date)!);
        decimal Flow(DateOnly m, TransactionType type) => flows.Where(f => f.Month == m && f.Type == type).Sum(f => f.Amount);
        return s.Months.Select(m =>
        {
            var label = DashboardScope.MonthLabel(m);
            var end = monthEnds.GetValueOrDefault(label);
            return new MonthFiguresDto(label, Flow(m, TransactionType.Deposit), Flow(m, TransactionType.Withdrawal), end?.Outstanding,
                end is null ? null : end.Outstanding == 0 ? 0 : Math.Round(end.AtRisk30 / end.Outstanding * 100, 2, MidpointRounding.AwayFromZero));
        }).ToList();
    }
}
