using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Totals saved and lent (<i>totaux épargnés et prêtés</i>) per branch over a period of value dates (this month by
/// default): deposits and withdrawals (reversed ones left out), net savings, loans disbursed, principal and interest
/// repaid (reversed repayments left out), and at the period's end the savings outstanding (every movement of the
/// branch's accounts up to then) and the loan portfolio outstanding (principal disbursed up to then less principal
/// repaid up to then, loans written off by then left out). Three grouped queries, summed in PostgreSQL; the totals are
/// the whole institution's (or the branch's) line.
/// </summary>
public sealed class SavingsAndLoansTotalsReport(IApplicationDbContext db, InstitutionProfile institution) : Report
{
    public override string Name => "savings-and-loans-totals";
    public override string Title => "Totaux épargnés et prêtés";
    public override string Description => "Par agence sur la période : dépôts, retraits, décaissements, remboursements, et les encours à la fin de la période.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Money("deposits", "Dépôts"),
        ReportColumn.Money("withdrawals", "Retraits"),
        ReportColumn.Money("netSavings", "Épargne nette"),
        ReportColumn.Money("disbursed", "Décaissements"),
        ReportColumn.Money("principalRepaid", "Capital remboursé"),
        ReportColumn.Money("interestRepaid", "Intérêts remboursés"),
        ReportColumn.Money("savingsOutstanding", "Encours d'épargne"),
        ReportColumn.Money("portfolioOutstanding", "Encours de crédit"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.FromName, ReportFilters.ToName, ReportFilters.BranchIdName];

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var current = await institution.CurrentAsync(cancellationToken);
        var to = filters.To ?? await institution.TodayAsync(cancellationToken);
        var start = filters.From ?? ReportWords.StartOfMonth(to);
        var afterPeriod = current.StartOf(to.AddDays(1));

        var branches = db.Branches.AsQueryable();
        var accounts = db.DepositAccounts.AsQueryable();
        var loans = db.Loans.Where(l => l.DisbursementDate != null && l.DisbursementDate <= to
            && (l.Status != LoanStatus.WrittenOff || l.ClosedAt >= afterPeriod));
        if (filters.BranchId is { } branch)
        {
            branches = branches.Where(b => b.Id == branch);
            accounts = accounts.Where(a => a.BranchId == branch);
            loans = loans.Where(l => l.BranchId == branch);
        }

        var savings = await (
            from t in db.AccountTransactions
            join a in accounts on t.AccountId equals a.Id
            where t.ValueDate <= to
            group new { t.Type, t.Amount, t.IsCredit, t.ValueDate, Reversed = t.ReversedAt != null } by a.BranchId into g
            select new
            {
                Branch = g.Key,
                Deposits = g.Sum(t => t.Type == TransactionType.Deposit && !t.Reversed && t.ValueDate >= start ? t.Amount : 0),
                Withdrawals = g.Sum(t => t.Type == TransactionType.Withdrawal && !t.Reversed && t.ValueDate >= start ? t.Amount : 0),
                Outstanding = g.Sum(t => t.IsCredit ? t.Amount : -t.Amount),
            }).ToDictionaryAsync(s => s.Branch, cancellationToken);
        var disbursed = await loans.GroupBy(l => l.BranchId)
            .Select(g => new { Branch = g.Key, InPeriod = g.Sum(l => l.DisbursementDate >= start ? l.Principal : 0), Principal = g.Sum(l => l.Principal) })
            .ToDictionaryAsync(d => d.Branch, cancellationToken);
        var repaid = await (
            from r in db.LoanRepayments
            join l in loans on r.LoanId equals l.Id
            where r.ReversedAt == null && r.Date <= to
            group new { r.Date, r.PrincipalPart, r.InterestPart } by l.BranchId into g
            select new
            {
                Branch = g.Key,
                Principal = g.Sum(r => r.Date >= start ? r.PrincipalPart : 0),
                Interest = g.Sum(r => r.Date >= start ? r.InterestPart : 0),
                PrincipalToDate = g.Sum(r => r.PrincipalPart),
            }).ToDictionaryAsync(r => r.Branch, cancellationToken);

        var lines = (await branches.OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken))
            .Select(b =>
            {
                var s = savings.GetValueOrDefault(b.Id);
                var d = disbursed.GetValueOrDefault(b.Id);
                var r = repaid.GetValueOrDefault(b.Id);
                return new Line(b.Name, s?.Deposits ?? 0, s?.Withdrawals ?? 0, d?.InPeriod ?? 0, r?.Principal ?? 0, r?.Interest ?? 0,
                    s?.Outstanding ?? 0, (d?.Principal ?? 0) - (r?.PrincipalToDate ?? 0));
            })
            .ToList();
        return new ListedReportData(
            [.. lines.Select(l => new object?[] { l.Branch, l.Deposits, l.Withdrawals, l.Deposits - l.Withdrawals, l.Disbursed, l.PrincipalRepaid,
                l.InterestRepaid, l.SavingsOutstanding, l.PortfolioOutstanding })],
            [
                new("Dépôts", lines.Sum(l => l.Deposits), ColumnKind.Money),
                new("Retraits", lines.Sum(l => l.Withdrawals), ColumnKind.Money),
                new("Épargne nette", lines.Sum(l => l.Deposits - l.Withdrawals), ColumnKind.Money),
                new("Décaissements", lines.Sum(l => l.Disbursed), ColumnKind.Money),
                new("Capital remboursé", lines.Sum(l => l.PrincipalRepaid), ColumnKind.Money),
                new("Intérêts remboursés", lines.Sum(l => l.InterestRepaid), ColumnKind.Money),
                new("Encours d'épargne", lines.Sum(l => l.SavingsOutstanding), ColumnKind.Money),
                new("Encours de crédit", lines.Sum(l => l.PortfolioOutstanding), ColumnKind.Money),
            ]);
    }

    private sealed record Line(
        string Branch, decimal Deposits, decimal Withdrawals, decimal Disbursed, decimal PrincipalRepaid, decimal InterestRepaid,
        decimal SavingsOutstanding, decimal PortfolioOutstanding);
}
