using Microfinance.Application.Loans.Queries.PortfolioAtRisk;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;
using Microfinance.Domain.Payments;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

/// <summary>
/// A supervisor's or the SfdAdmin's dashboard. The portfolio and PAR are the PAR report's own query; the months' deposits
/// and withdrawals sum the movements as the transactions report does; the PAR trend reads the end-of-day snapshots.
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
        var transactions = branch is { } b4
            ? db.AccountTransactions.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.BranchId == b4))
            : db.AccountTransactions;
        var snapshots = branch is { } b5 ? db.PortfolioSnapshots.Where(p => p.BranchId == b5) : db.PortfolioSnapshots;

        var par = await mediator.Send(new PortfolioAtRiskQuery(s.Today), ct);
        var portfolio = branch is { } b6 ? par.ByBranch.FirstOrDefault(g => g.Id == b6)?.Figures ?? NoLoans : par.Overall;

        var disbursed = await loans.Where(l => l.DisbursementDate >= s.MonthStart)
            .GroupBy(_ => 1).Select(g => new CountAmountDto(g.Count(), g.Sum(l => l.Principal))).FirstOrDefaultAsync(ct);
        var repaid = await db.LoanRepayments
            .Where(r => r.Date >= s.MonthStart && r.ReversedAt == null && loans.Any(l => l.Id == r.LoanId))
            .GroupBy(_ => 1).Select(g => new CountAmountDto(g.Count(), g.Sum(r => r.Amount))).FirstOrDefaultAsync(ct);

        var loanSteps = await loans
            .Where(l => l.Status == LoanStatus.Submitted || l.Status == LoanStatus.UnderReview || l.Status == LoanStatus.Recommended || l.Status == LoanStatus.Approved)
            .GroupBy(l => l.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var flagged = await db.PaymentIntents.CountAsync(p => p.Status == PaymentStatus.Flagged && (branch == null || p.BranchId == branch), ct);
        var orphans = await db.OrphanPayments.CountAsync(o => o.Status == OrphanPaymentStatus.Open, ct);
        var approvals = new ApprovalQueueDto(
            await accounts.CountAsync(a => a.Status == DepositAccountStatus.Requested, ct),
            await db.WithdrawalRequests.CountAsync(w => w.Status == WithdrawalRequestStatus.Pending && accounts.Any(a => a.Id == w.AccountId), ct),
            loanSteps.GetValueOrDefault(LoanStatus.Submitted) + loanSteps.GetValueOrDefault(LoanStatus.UnderReview),
            loanSteps.GetValueOrDefault(LoanStatus.Recommended), loanSteps.GetValueOrDefault(LoanStatus.Approved), flagged + orphans);

        return new ManagerDashboardDto(
            await clients.CountAsync(ct), await accounts.SumAsync(a => a.Balance, ct), portfolio,
            disbursed ?? new CountAmountDto(0, 0), repaid ?? new CountAmountDto(0, 0), approvals,
            await BranchesAsync(db, par, ct), await MonthsAsync(transactions, snapshots, s, ct));
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

    private static async Task<IReadOnlyList<MonthFiguresDto>> MonthsAsync(
        IQueryable<AccountTransaction> transactions, IQueryable<Domain.Reporting.PortfolioSnapshot> snapshots, DashboardScope s, CancellationToken ct)
    {
        var flows = await transactions
            .Where(t => t.ValueDate >= s.FirstMonth && t.ReversedAt == null && (t.Type == TransactionType.Deposit || t.Type == TransactionType.Withdrawal))
            .GroupBy(t => new { t.ValueDate.Year, t.ValueDate.Month, t.Type })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Type, Amount = g.Sum(t => t.Amount) })
            .ToListAsync(ct);
        var days = await snapshots.Where(p => p.Date >= s.FirstMonth)
            .GroupBy(p => p.Date)
            .Select(g => new { Date = g.Key, Outstanding = g.Sum(p => p.Outstanding), AtRisk30 = g.Sum(p => p.AtRisk30) })
            .ToListAsync(ct);
        var monthEnds = days.GroupBy(d => DashboardScope.MonthLabel(d.Date.Year, d.Date.Month)).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Date)!);
        decimal Flow(DateOnly m, TransactionType type) => flows.Where(f => f.Year == m.Year && f.Month == m.Month && f.Type == type).Sum(f => f.Amount);
        return s.Months.Select(m =>
        {
            var label = DashboardScope.MonthLabel(m);
            var end = monthEnds.GetValueOrDefault(label);
            return new MonthFiguresDto(label, Flow(m, TransactionType.Deposit), Flow(m, TransactionType.Withdrawal), end?.Outstanding,
                end is null ? null : end.Outstanding == 0 ? 0 : Math.Round(end.AtRisk30 / end.Outstanding * 100, 2, MidpointRounding.AwayFromZero));
        }).ToList();
    }
}
