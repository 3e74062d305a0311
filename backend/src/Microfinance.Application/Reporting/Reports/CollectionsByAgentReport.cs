using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Collections per agent over a period of value dates (this month by default): the deposits, loan repayments and tontine
/// contributions each recorded, reversed ones left out, and how much of it came by mobile money. A payment confirmed by webhook counts for
/// nobody ("Sans agent") unless an agent recorded it.
/// </summary>
public sealed class CollectionsByAgentReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution) : Report
{
    private const string NoAgent = "Sans agent";

    public override string Name => "collections-by-agent";
    public override string Title => "Encaissements par agent";
    public override string Description => "Les dépôts, remboursements et cotisations de tontine encaissés par chaque agent sur la période, dont le mobile money.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Integer("deposits", "Dépôts"),
        ReportColumn.Money("depositsAmount", "Montant des dépôts"),
        ReportColumn.Integer("repayments", "Remboursements"),
        ReportColumn.Money("repaymentsAmount", "Montant des remboursements"),
        ReportColumn.Integer("contributions", "Cotisations tontine"),
        ReportColumn.Money("contributionsAmount", "Montant des cotisations"),
        ReportColumn.Money("mobileMoney", "Dont mobile money"),
        ReportColumn.Money("total", "Total encaissé"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.FromName, ReportFilters.ToName, ReportFilters.BranchIdName, ReportFilters.AgentIdName];

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var agents = await AgentsAsync(filters, cancellationToken);
        return new ListedReportData(
            [.. agents.Select(a => new object?[]
            {
                a.Name, a.Deposits.Count, a.Deposits.Amount, a.Repayments.Count, a.Repayments.Amount, a.Contributions.Count, a.Contributions.Amount,
                a.MobileMoney, a.Total,
            })],
            [
                new("Dépôts", agents.Sum(a => a.Deposits.Amount), ColumnKind.Money),
                new("Remboursements", agents.Sum(a => a.Repayments.Amount), ColumnKind.Money),
                new("Cotisations tontine", agents.Sum(a => a.Contributions.Amount), ColumnKind.Money),
                new("Dont mobile money", agents.Sum(a => a.MobileMoney), ColumnKind.Money),
                new("Total encaissé", agents.Sum(a => a.Total), ColumnKind.Money),
            ]);
    }

    /// <summary>One line per agent, by name: a handful of rows, summed in PostgreSQL and joined here.</summary>
    private async Task<List<AgentCollections>> AgentsAsync(ReportFilters f, CancellationToken ct)
    {
        var to = f.To ?? await institution.TodayAsync(ct);
        var from = f.From ?? ReportWords.StartOfMonth(to);

        var depositRows = db.AccountTransactions
            .Where(t => t.Type == TransactionType.Deposit && t.ReversedAt == null && t.ValueDate >= from && t.ValueDate <= to);
        if (f.BranchId is { } branch) depositRows = depositRows.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.BranchId == branch));
        if (f.AgentId is { } agent) depositRows = depositRows.Where(t => t.CreatedBy == agent);
        var deposits = await depositRows.GroupBy(t => t.CreatedBy)
            .Select(g => new Sums(g.Key, g.Count(), g.Sum(t => t.Amount), g.Sum(t => t.Channel == Channel.MobileMoney ? t.Amount : 0)))
            .ToListAsync(ct);

        var repaymentRows = db.LoanRepayments.Where(r => r.ReversedAt == null && r.Date >= from && r.Date <= to);
        if (f.BranchId is { } loanBranch) repaymentRows = repaymentRows.Where(r => db.Loans.Any(l => l.Id == r.LoanId && l.BranchId == loanBranch));
        if (f.AgentId is { } repaidBy) repaymentRows = repaymentRows.Where(r => r.CreatedBy == repaidBy);
        var repayments = await repaymentRows.GroupBy(r => r.CreatedBy)
            .Select(g => new Sums(g.Key, g.Count(), g.Sum(r => r.Amount), g.Sum(r => r.Channel == Channel.MobileMoney ? r.Amount : 0)))
            .ToListAsync(ct);

        // Contributions are never reversed (a booklet's rows are history).
        var contributionRows = db.TontineContributions.Where(c => c.Date >= from && c.Date <= to);
        if (f.BranchId is { } tontineBranch) contributionRows = contributionRows.Where(c => c.BranchId == tontineBranch);
        if (f.AgentId is { } collectedBy) contributionRows = contributionRows.Where(c => c.CollectedBy == collectedBy);
        var contributions = await contributionRows.GroupBy(c => c.CollectedBy)
            .Select(g => new Sums(g.Key, g.Count(), g.Sum(c => c.Amount), g.Sum(c => c.Channel == Channel.MobileMoney ? c.Amount : 0)))
            .ToListAsync(ct);

        var agentIds = deposits.Concat(repayments).Concat(contributions).Select(s => s.Agent).Distinct().ToList();
        var named = await names.LoadAsync(agentIds, ct);
        Sums Of(List<Sums> sums, Guid? agent) => sums.FirstOrDefault(s => s.Agent == agent) ?? new Sums(agent, 0, 0, 0);
        return agentIds
            .Select(id => new AgentCollections(
                id is null ? NoAgent : named.Agent(id) is { Length: > 0 } name ? name : id.ToString()!,
                Of(deposits, id), Of(repayments, id), Of(contributions, id)))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Sums(Guid? Agent, int Count, decimal Amount, decimal MobileMoney);

    private sealed record AgentCollections(string Name, Sums Deposits, Sums Repayments, Sums Contributions)
    {
        public decimal MobileMoney => Deposits.MobileMoney + Repayments.MobileMoney + Contributions.MobileMoney;
        public decimal Total => Deposits.Amount + Repayments.Amount + Contributions.Amount;
    }
}
