using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Portfolio ageing: each active loan with its principal outstanding and the days its oldest unpaid installment is late
/// at <see cref="ReportFilters.AsOf"/> (the institution's today by default), in the buckets current, 1–30, 31–90,
/// 91–180 and over 180 days; the latest first. The loan's agent is the one who originated it, as in the PAR report; the
/// arrears are <see cref="LoanArrears"/>'s, the PAR figures' own.
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

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var asOf = filters.AsOf ?? await institution.TodayAsync(cancellationToken);
        var arrears = LoanArrears.Of(db, filters.LoansOf(db.Loans), asOf);
        var named = await names.LoadAsync(arrears.Select(l => (Guid?)l.AgentId), cancellationToken);
        // The latest loans first, then by number.
        var rows = from l in arrears
                   join c in db.Clients on l.ClientId equals c.Id
                   orderby l.OldestLate == null, l.OldestLate, l.Number
                   select new Row { Loan = l, Client = c.FirstName + " " + c.LastName };
        return new QueriedReportData<Row>(rows,
            r =>
            {
                var days = r.Loan.DaysLate(asOf);
                return [r.Loan.Number, r.Client, named.Branch(r.Loan.BranchId), named.Agent(r.Loan.AgentId), named.LoanProduct(r.Loan.ProductId),
                    r.Loan.Outstanding, days, Bucket(days)];
            },
            ct => TotalsAsync(arrears, asOf, ct));
    }

    /// <summary>The principal outstanding in each bucket, then in all: summed in PostgreSQL by the bucket's CASE, a row a bucket.</summary>
    private static async Task<IReadOnlyList<ReportTotal>> TotalsAsync(IQueryable<LoanArrearsRow> arrears, DateOnly asOf, CancellationToken ct)
    {
        // A loan is in the first bucket whose upper bound its days late do not pass: late since a day on or after asOf − UpTo.
        DateOnly Since(int bucket) => asOf.AddDays(-Buckets[bucket].UpTo);
        DateOnly since30 = Since(1), since90 = Since(2), since180 = Since(3);
        var sums = await arrears
            .GroupBy(l => l.OldestLate == null ? 0 : l.OldestLate >= since30 ? 1 : l.OldestLate >= since90 ? 2 : l.OldestLate >= since180 ? 3 : 4)
            .Select(g => new { Bucket = g.Key, Outstanding = g.Sum(l => l.Outstanding) })
            .ToDictionaryAsync(b => b.Bucket, b => b.Outstanding, ct);
        return [.. Buckets.Select(b => b.Label).Append(Oldest).Select((label, i) => new ReportTotal(label, sums.GetValueOrDefault(i), ColumnKind.Money)),
            new ReportTotal("Total", sums.Values.Sum(), ColumnKind.Money)];
    }

    private static string Bucket(int days) => Buckets.FirstOrDefault(b => days <= b.UpTo).Label ?? Oldest;

    // A class with setters, not a positional record: EF translates an object initializer, not a constructor call.
    private sealed class Row
    {
        public required LoanArrearsRow Loan { get; init; }
        public required string Client { get; init; }
    }
}
