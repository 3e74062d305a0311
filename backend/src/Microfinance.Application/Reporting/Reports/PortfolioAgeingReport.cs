using System.Runtime.CompilerServices;
using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Portfolio ageing: each active loan with its principal outstanding and the days its oldest unpaid installment is late
/// at <see cref="ReportFilters.AsOf"/> (the institution's today by default), in the buckets current, 1–30, 31–90,
/// 91–180 and over 180 days; the latest first. The loan's agent is the one who originated it, as in the PAR report.
/// </summary>
public sealed class PortfolioAgeingReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution) : Report
{
    /// <summary>Upper bounds in days, inclusive, and the bucket's words; beyond the last is "more than 180".</summary>
    private static readonly (int UpTo, string Label)[] Buckets = [(0, "À jour"), (30, "1 à 30 jours"), (90, "31 à 90 jours"), (180, "91 à 180 jours")];
    private const string Oldest = "Plus de 180 jours";

    public override string Name => "portfolio-ageing";
    public override string Title => "Vieillissement du portefeuille";
    public override string Description => "Les prêts actifs, leur encours et leurs jours de retard, par tranche d'ancienneté.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("loanNumber", "N° prêt"),
        ReportColumn.Text("client", "Client"),
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Text("product", "Produit"),
        ReportColumn.Money("outstanding", "Encours"),
        ReportColumn.Integer("daysLate", "Jours de retard"),
        ReportColumn.Text("bucket", "Tranche"),
    ];

    public override IReadOnlyList<string> Filters { get; } =
        [ReportFilters.AsOfName, ReportFilters.BranchIdName, ReportFilters.AgentIdName, ReportFilters.ProductIdName];

    public override Task<int> CountAsync(ReportFilters filters, CancellationToken cancellationToken) =>
        Loans(filters).CountAsync(cancellationToken);

    public override async IAsyncEnumerable<object?[]> RowsAsync(ReportFilters filters, int skip, int? take,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var asOf = await AsOfAsync(filters, cancellationToken);
        var rows = Rows(filters, asOf).Skip(skip);
        if (take is { } n) rows = rows.Take(n);
        var named = await names.LoadAsync(Loans(filters).Select(l => (Guid?)l.CreatedBy), cancellationToken);
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var days = DaysLate(r.OldestLate, asOf);
            yield return [r.Number, r.Client, named.Branch(r.BranchId), named.Agent(r.AgentId), named.LoanProduct(r.ProductId), r.Outstanding, days, Bucket(days)];
        }
    }

    /// <summary>The principal outstanding in each bucket, then in all.</summary>
    public override async Task<IReadOnlyList<ReportTotal>> TotalsAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var asOf = await AsOfAsync(filters, cancellationToken);
        var loans = await Rows(filters, asOf).Select(r => new { r.OldestLate, r.Outstanding }).ToListAsync(cancellationToken);
        var byBucket = loans.ToLookup(l => Bucket(DaysLate(l.OldestLate, asOf)), l => l.Outstanding);
        return [.. Buckets.Select(b => b.Label).Append(Oldest).Select(label => new ReportTotal(label, byBucket[label].Sum(), ColumnKind.Money)),
            new ReportTotal("Total", loans.Sum(l => l.Outstanding), ColumnKind.Money)];
    }

    private async Task<DateOnly> AsOfAsync(ReportFilters f, CancellationToken ct) => f.AsOf ?? await institution.TodayAsync(ct);

    private static int DaysLate(DateOnly? oldestLate, DateOnly asOf) => oldestLate is { } due ? asOf.DayNumber - due.DayNumber : 0;

    private static string Bucket(int days) => Buckets.FirstOrDefault(b => days <= b.UpTo).Label ?? Oldest;

    private IQueryable<Loan> Loans(ReportFilters f)
    {
        var loans = db.Loans.Where(l => l.Status == LoanStatus.Active);
        if (f.BranchId is { } branch) loans = loans.Where(l => l.BranchId == branch);
        if (f.AgentId is { } agent) loans = loans.Where(l => l.CreatedBy == agent);
        if (f.ProductId is { } product) loans = loans.Where(l => l.ProductId == product);
        return loans;
    }

    // The oldest unpaid installment past due, as the PAR report finds it: the latest loans first, then by number.
    private IQueryable<Row> Rows(ReportFilters f, DateOnly asOf) =>
        from r in
            from l in Loans(f)
            select new Row
            {
                Number = l.Number,
                Client = db.Clients.Where(c => c.Id == l.ClientId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault() ?? "",
                BranchId = l.BranchId,
                AgentId = l.CreatedBy,
                ProductId = l.ProductId,
                Outstanding = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PrincipalDue - i.PrincipalPaid),
                OldestLate = db.LoanInstallments
                    .Where(i => i.LoanId == l.Id && i.DueDate < asOf
                        && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue)
                    .Min(i => (DateOnly?)i.DueDate),
            }
        orderby r.OldestLate == null, r.OldestLate, r.Number
        select r;

    // A class with setters, not a positional record: EF translates an object initializer, not a constructor call.
    private sealed class Row
    {
        public required string Number { get; init; }
        public required string Client { get; init; }
        public Guid BranchId { get; init; }
        public Guid AgentId { get; init; }
        public Guid ProductId { get; init; }
        public decimal Outstanding { get; init; }
        public DateOnly? OldestLate { get; init; }
    }
}
