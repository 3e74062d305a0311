using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Transaction history: every movement of the institution in a period of value dates (this month by default) — its
/// accounts' movements, loan repayments, opening fees, loans disbursed in cash (<see cref="Movement"/>, the explorer's
/// definition) — oldest first, with its category, who recorded it and whether it was reversed.
/// </summary>
public sealed class TransactionsReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution) : Report
{
    public override string Name => "transactions";
    public override string Title => "Historique des transactions";
    public override string Description => "Chaque mouvement de la période (comptes, remboursements, frais d'ouverture, décaissements en espèces), avec son canal, son agent et son extourne éventuelle.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Date("valueDate", "Date de valeur"),
        ReportColumn.Text("account", "Compte ou prêt"),
        ReportColumn.Text("client", "Client"),
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Text("type", "Opération"),
        ReportColumn.Text("channel", "Canal"),
        ReportColumn.Money("credit", "Crédit"),
        ReportColumn.Money("debit", "Débit"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Text("reversed", "Extournée"),
        ReportColumn.Text("category", "Catégorie"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.FromName, ReportFilters.ToName, ReportFilters.BranchIdName, ReportFilters.AgentIdName, ReportFilters.CategoryIdName];

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var transactions = filters.MovementsOf(db, await institution.TodayAsync(cancellationToken));
        var named = await names.LoadAsync(transactions.Select(t => t.CreatedBy).Distinct(), cancellationToken);
        var rows = from t in transactions
                   join c in db.Clients on t.ClientId equals c.Id
                   join a in db.DepositAccounts on t.AccountId equals a.Id into onAccount
                   from a in onAccount.DefaultIfEmpty()
                   join l in db.Loans on t.LoanId equals l.Id into onLoan
                   from l in onLoan.DefaultIfEmpty()
                   join k in db.TransactionCategories on t.CategoryId equals k.Id into tagged
                   from k in tagged.DefaultIfEmpty()
                   orderby t.ValueDate, t.CreatedAt, t.Sequence
                   select new Row
                   {
                       ValueDate = t.ValueDate, Account = a.Number ?? l.Number, Client = c.FirstName + " " + c.LastName, BranchId = t.BranchId,
                       Type = t.Type, Channel = t.Channel, Category = k.Name, Amount = t.Amount, IsCredit = t.IsCredit, AgentId = t.CreatedBy,
                       Reversed = t.ReversedAt != null,
                   };
        return new QueriedReportData<Row>(rows,
            r => [r.ValueDate, r.Account, r.Client, named.Branch(r.BranchId), ReportWords.Of(r.Type), ReportWords.Of(r.Channel),
                r.IsCredit ? r.Amount : null, r.IsCredit ? null : r.Amount, named.Agent(r.AgentId), r.Reversed ? "Oui" : "Non", r.Category ?? ""],
            async ct =>
            {
                // Credits and debits in one grouped query; the movements' count is the page's totalCount.
                var sums = (await transactions.GroupBy(t => 1)
                    .Select(g => new { Credits = g.Sum(t => t.IsCredit ? t.Amount : 0), Debits = g.Sum(t => t.IsCredit ? 0 : t.Amount) })
                    .ToListAsync(ct)).SingleOrDefault();
                return [new("Crédits", sums?.Credits ?? 0, ColumnKind.Money), new("Débits", sums?.Debits ?? 0, ColumnKind.Money)];
            });
    }

    // A class with setters, not a positional record: EF translates an object initializer, not a constructor call.
    private sealed class Row
    {
        public DateOnly ValueDate { get; init; }
        public required string Account { get; init; }
        public required string Client { get; init; }
        public Guid BranchId { get; init; }
        public MovementType Type { get; init; }
        public Channel? Channel { get; init; }
        public string? Category { get; init; }
        public decimal Amount { get; init; }
        public bool IsCredit { get; init; }
        public Guid? AgentId { get; init; }
        public bool Reversed { get; init; }
    }
}
