using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Collections per agent over a period of value dates (this month by default): the deposits and loan repayments each
/// recorded, reversed ones left out, and how much of it came by mobile money. A payment confirmed by webhook counts for
/// nobody ("Sans agent") unless an agent recorded it.
/// </summary>
public sealed class CollectionsByAgentReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution) : Report
{
    private const string NoAgent = "Sans agent";

    public override string Name => "collections-by-agent";
    public override string Title => "Encaissements par agent";
    public override string Description => "Les dépôts et remboursements encaissés par chaque agent sur la période, dont le mobile money.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Integer("deposits", "Dépôts"),
        ReportColumn.Money("depositsAmount", "Montant des dépôts"),
        ReportColumn.Integer("repayments", "Remboursements"),
        ReportColumn.Money("repaymentsAmount", "Montant des remboursements"),
        ReportColumn.Money("mobileMoney", "Dont mobile money"),
        ReportColumn.Money("total", "Total encaissé"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.FromName, ReportFilters.ToName, ReportFilters.BranchIdName, ReportFilters.AgentIdName];

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var agents = await AgentsAsync(filters, cancellationToken);
        return new ListedReportData(
            [.. agents.Select(a => new object?[] { a.Name, a.Deposits, a.DepositsAmount, a.Repayments, a.RepaymentsAmount, a.MobileMoney, a.DepositsAmount + a.RepaymentsAmount })],
            [
                new("Dépôts", agents.Sum(a => a.DepositsAmount), ColumnKind.Money),
                new("Remboursements", agents.Sum(a => a.RepaymentsAmount), ColumnKind.Money),
                new("Dont mobile money", agents.Sum(a => a.MobileMoney), ColumnKind.Money),
                new("Total encaissé", agents.Sum(a => a.DepositsAmount + a.RepaymentsAmount), ColumnKind.Money),
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

        var agentIds = deposits.Select(d => d.Agent).Concat(repayments.Select(r => r.Agent)).Distinct().ToList();
        var named = await names.LoadAsync(agentIds, ct);
        return agentIds
            .Select(id => (Id: id, Deposit: deposits.FirstOrDefault(d => d.Agent == id), Repayment: repayments.FirstOrDefault(r => r.Agent == id)))
            .Select(a => new AgentCollections(
                a.Id is null ? NoAgent : named.Agent(a.Id) is { Length: > 0 } name ? name : a.Id.ToString()!,
                a.Deposit?.Count ?? 0, a.Deposit?.Amount ?? 0, a.Repayment?.Count ?? 0, a.Repayment?.Amount ?? 0,
                (a.Deposit?.MobileMoney ?? 0) + (a.Repayment?.MobileMoney ?? 0)))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Sums(Guid? Agent, int Count, decimal Amount, decimal MobileMoney);

    private sealed record AgentCollections(string Name, int Deposits, decimal DepositsAmount, int Repayments, decimal RepaymentsAmount, decimal MobileMoney);
}
