using Microfinance.Application.Loans.Queries.PortfolioAtRisk;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

/// <summary>
/// The one definition of a loan's arrears and of the portfolio at risk, for the PAR query and the reports alike
/// (portfolio ageing, PAR by branch and agent, loans in progress): principal outstanding, the oldest installment
/// unpaid and past due, PARn as the outstanding of loans late more than n days over all the outstanding.
/// </summary>
public static class LoanArrears
{
    /// <summary>
    /// The active loans of <paramref name="loans"/> with their outstanding and oldest late installment at <paramref name="asOf"/>:
    /// two grouped passes joined to the loans (an active loan has its schedule) — the outstanding over the active loans' installments, the oldest late over
    /// the unpaid ones past due (the partial index <c>ix_loan_installments_unpaid_due_date</c>) — rather than two
    /// subqueries a loan, which read every loan's installments twice (bench/RESULTS.md step 12).
    /// </summary>
    public static IQueryable<LoanArrearsRow> Of(IApplicationDbContext db, IQueryable<Loan> loans, DateOnly asOf)
    {
        var active = loans.Where(l => l.Status == LoanStatus.Active);
        var outstanding =
            from i in db.LoanInstallments
            where active.Any(l => l.Id == i.LoanId)
            group i by i.LoanId into g
            select new { LoanId = g.Key, Principal = g.Sum(i => i.PrincipalDue - i.PrincipalPaid) };
        var late =
            from i in db.LoanInstallments
            where i.DueDate < asOf
                && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue
            group i by i.LoanId into g
            select new { LoanId = g.Key, Oldest = g.Min(i => (DateOnly?)i.DueDate) };
        return
            from l in active
            join o in outstanding on l.Id equals o.LoanId
            join lt in late on l.Id equals lt.LoanId into lts
            from lt in lts.DefaultIfEmpty()
            select new LoanArrearsRow
            {
                LoanId = l.Id,
                Number = l.Number,
                ClientId = l.ClientId,
                BranchId = l.BranchId,
                AgentId = l.CreatedBy,
                ProductId = l.ProductId,
                Principal = l.Principal,
                DisbursementDate = l.DisbursementDate,
                Outstanding = o.Principal,
                OldestLate = lt.Oldest,
            };
    }

    /// <summary>The principal outstanding of the loans late more than <paramref name="days"/> days.</summary>
    public static decimal AtRisk(IEnumerable<LoanArrearsRow> loans, DateOnly asOf, int days) =>
        loans.Where(l => l.DaysLate(asOf) > days).Sum(l => l.Outstanding);

    public static ParFigures Figures(IReadOnlyCollection<LoanArrearsRow> loans, DateOnly asOf)
    {
        var total = loans.Sum(l => l.Outstanding);
        decimal Ratio(int days) => total == 0 ? 0 : Math.Round(AtRisk(loans, asOf, days) / total * 100, 2, MidpointRounding.AwayFromZero);
        return new ParFigures(total, Ratio(1), Ratio(30), Ratio(90), loans.Count, loans.Count(l => l.DaysLate(asOf) > 0));
    }
}
