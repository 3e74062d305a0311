using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// The "situation" report: each client with what the client has saved (the balances of their accounts) and owes (the
/// principal outstanding on their active loans), ordered by client number.
/// </summary>
public sealed class ClientBalancesReport(IApplicationDbContext db, ReportNames names) : Report
{
    public override string Name => "client-balances";
    public override string Title => "Situation des clients";
    public override string Description => "Chaque client avec l'épargne de ses comptes et l'encours de ses prêts.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("clientNumber", "N° client"),
        ReportColumn.Text("client", "Client"),
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Text("status", "Statut"),
        ReportColumn.Integer("accounts", "Comptes"),
        ReportColumn.Money("savings", "Épargne"),
        ReportColumn.Money("loansOutstanding", "Encours de crédit"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.BranchIdName, ReportFilters.AgentIdName, ReportFilters.StatusName];
    public override IReadOnlyList<string> Statuses { get; } = Enum.GetNames<ClientStatus>();

    public override string StatusWord(string status) => ReportWords.Of(Enum.Parse<ClientStatus>(status));

    /// <summary>The clients' count is the page's <c>totalCount</c>; the totals are what they saved and owe.</summary>
    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var clients = Clients(filters);
        var named = await names.LoadAsync(clients.Select(c => c.AssignedAgentId), cancellationToken);
        return new QueriedReportData<Row>(Rows(clients),
            r => [r.Number, r.Name, named.Branch(r.BranchId), named.Agent(r.AgentId), ReportWords.Of(r.Status), r.Accounts, r.Savings, r.LoansOutstanding],
            async ct =>
            {
                var savings = await db.DepositAccounts.Where(a => clients.Any(c => c.Id == a.ClientId)).SumAsync(a => a.Balance, ct);
                var loans = await db.LoanInstallments
                    .Where(i => db.Loans.Any(l => l.Id == i.LoanId && l.Status == LoanStatus.Active && clients.Any(c => c.Id == l.ClientId)))
                    .SumAsync(i => i.PrincipalDue - i.PrincipalPaid, ct);
                return [new("Épargne", savings, ColumnKind.Money), new("Encours de crédit", loans, ColumnKind.Money)];
            });
    }

    private IQueryable<Client> Clients(ReportFilters f)
    {
        var clients = db.Clients.AsQueryable();
        if (f.BranchId is { } branch) clients = clients.Where(c => c.BranchId == branch);
        if (f.AgentId is { } agent) clients = clients.Where(c => c.AssignedAgentId == agent);
        if (f.Status is { } status) clients = clients.Where(c => c.Status == Enum.Parse<ClientStatus>(status));
        return clients;
    }

    private IQueryable<Row> Rows(IQueryable<Client> clients) =>
        from c in clients
        orderby c.Number
        select new Row
        {
            Number = c.Number,
            Name = c.FirstName + " " + c.LastName,
            BranchId = c.BranchId,
            AgentId = c.AssignedAgentId,
            Status = c.Status,
            Accounts = db.DepositAccounts.Count(a => a.ClientId == c.Id && a.Status != DepositAccountStatus.Closed && a.Status != DepositAccountStatus.Rejected),
            Savings = db.DepositAccounts.Where(a => a.ClientId == c.Id).Sum(a => a.Balance),
            LoansOutstanding = db.LoanInstallments
                .Where(i => db.Loans.Any(l => l.Id == i.LoanId && l.ClientId == c.Id && l.Status == LoanStatus.Active))
                .Sum(i => i.PrincipalDue - i.PrincipalPaid),
        };

    // A class with setters, not a positional record: EF translates an object initializer, not a constructor call.
    private sealed class Row
    {
        public required string Number { get; init; }
        public required string Name { get; init; }
        public Guid BranchId { get; init; }
        public Guid? AgentId { get; init; }
        public ClientStatus Status { get; init; }
        public int Accounts { get; init; }
        public decimal Savings { get; init; }
        public decimal LoansOutstanding { get; init; }
    }
}
