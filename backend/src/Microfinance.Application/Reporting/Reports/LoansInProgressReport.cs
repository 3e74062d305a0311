using Microfinance.Application.Common.Money;
using Microfinance.Application.Loans;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Reporting.Reports;

/// <summary>
/// Loans in progress: every loan disbursed and not closed (active), with what was disbursed and when, the principal
/// still outstanding, the next installment to pay (the oldest not fully paid, and what is left of it) and the days
/// late at the institution's today, as the PAR figures count them (<see cref="LoanArrears"/>); oldest disbursed first.
/// </summary>
public sealed class LoansInProgressReport(IApplicationDbContext db, ReportNames names, InstitutionProfile institution) : Report
{
    public override string Name => "loans-in-progress";
    public override string Title => "Prêts en cours";
    public override string Description => "Les prêts décaissés et non soldés : encours, prochaine échéance et jours de retard.";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        ReportColumn.Text("client", "Client"),
        ReportColumn.Text("loanNumber", "N° prêt"),
        ReportColumn.Text("product", "Produit"),
        ReportColumn.Text("branch", "Agence"),
        ReportColumn.Text("agent", "Agent"),
        ReportColumn.Money("disbursed", "Montant décaissé"),
        ReportColumn.Date("disbursedOn", "Date de décaissement"),
        ReportColumn.Money("outstanding", "Capital restant dû"),
        ReportColumn.Date("nextDueDate", "Prochaine échéance"),
        ReportColumn.Money("nextDueAmount", "Montant de l'échéance"),
        ReportColumn.Integer("daysLate", "Jours de retard"),
    ];

    public override IReadOnlyList<string> Filters { get; } = [ReportFilters.BranchIdName, ReportFilters.AgentIdName, ReportFilters.ProductIdName];

    public override async Task<ReportData> PrepareAsync(ReportFilters filters, CancellationToken cancellationToken)
    {
        var today = await institution.TodayAsync(cancellationToken);
        var arrears = LoanArrears.Of(db, filters.LoansOf(db.Loans), today);
        var named = await names.LoadAsync(arrears.Select(l => (Guid?)l.AgentId), cancellationToken);
        var rows = from l in arrears
                   join c in db.Clients on l.ClientId equals c.Id
                   orderby l.DisbursementDate, l.Number
                   select new Row
                   {
                       Loan = l,
                       Client = c.FirstName + " " + c.LastName,
                       // The oldest installment not fully paid, and what is left to pay of it.
                       NextDue = db.LoanInstallments
                           .Where(i => i.LoanId == l.LoanId
                               && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue)
                           .OrderBy(i => i.Number)
                           .Select(i => new NextInstallment
                           {
                               DueDate = i.DueDate,
                               Amount = i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue - i.PrincipalPaid - i.InterestPaid - i.FeesPaid - i.PenaltiesPaid,
                           })
                           .FirstOrDefault(),
                   };
        return new QueriedReportData<Row>(rows,
            r => [r.Client, r.Loan.Number, named.LoanProduct(r.Loan.ProductId), named.Branch(r.Loan.BranchId), named.Agent(r.Loan.AgentId),
                r.Loan.Principal, r.Loan.DisbursementDate, r.Loan.Outstanding, r.NextDue?.DueDate, r.NextDue?.Amount, r.Loan.DaysLate(today)],
            async ct =>
            {
                var sums = (await arrears.GroupBy(l => 1)
                    .Select(g => new { Disbursed = g.Sum(l => l.Principal), Outstanding = g.Sum(l => l.Outstanding) })
                    .ToListAsync(ct)).SingleOrDefault();
                return [new("Montant décaissé", sums?.Disbursed ?? 0, ColumnKind.Money), new("Capital restant dû", sums?.Outstanding ?? 0, ColumnKind.Money)];
            });
    }

    // A class with setters, not a positional record: EF translates an object initializer, not a constructor call.
    private sealed class Row
    {
        public required LoanArrearsRow Loan { get; init; }
        public required string Client { get; init; }
        public NextInstallment? NextDue { get; init; }
    }

    private sealed class NextInstallment
    {
        public DateOnly DueDate { get; init; }
        public decimal Amount { get; init; }
    }
}
