using Microfinance.Application.Common.Money;

using Microfinance.Domain.Loans;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Reporting.Commands.RecordPortfolioSnapshots;

/// <summary>
/// The portfolio as of a day, replayed from the schedules and the repayments valued up to it rather than read from
/// today's balances, so a past day's figures are that day's: a loan is late more than N days when what fell due more
/// than N days before the day (principal, interest, fees) exceeds what had been paid by then — repayments settle the
/// oldest installments first. Penalties are left out of both sides: they follow lateness, they do not make it.
/// </summary>
public sealed class RecordPortfolioSnapshotsCommandHandler(IApplicationDbContext db, InstitutionProfile institution)
    : IRequestHandler<RecordPortfolioSnapshotsCommand, int>
{
    public async Task<int> Handle(RecordPortfolioSnapshotsCommand c, CancellationToken cancellationToken)
    {
        var date = c.Date;
        await institution.EnsureNotFutureAsync(date, "date", cancellationToken);
        var current = await institution.CurrentAsync(cancellationToken);
        var dayEnd = current.StartOf(date.AddDays(1));
        var (late30, late90) = (date.AddDays(-30), date.AddDays(-90));
        var repayments = db.LoanRepayments.Where(r => r.ReversedAt == null && r.Date <= date);
        var positions = await (
            from l in db.Loans.AsNoTracking()
            where l.DisbursementDate != null && l.DisbursementDate <= date
                  && (l.Status == LoanStatus.Active || ((l.Status == LoanStatus.Repaid || l.Status == LoanStatus.WrittenOff) && l.ClosedAt >= dayEnd))
            select new LoanPosition
            {
                BranchId = l.BranchId,
                Outstanding = db.LoanInstallments.Where(i => i.LoanId == l.Id).Sum(i => i.PrincipalDue) - repayments.Where(r => r.LoanId == l.Id).Sum(r => r.PrincipalPart),
                Paid = repayments.Where(r => r.LoanId == l.Id).Sum(r => r.PrincipalPart + r.InterestPart + r.FeesPart),
                DueBefore1 = db.LoanInstallments.Where(i => i.LoanId == l.Id && i.DueDate < date).Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue),
                DueBefore30 = db.LoanInstallments.Where(i => i.LoanId == l.Id && i.DueDate < late30).Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue),
                DueBefore90 = db.LoanInstallments.Where(i => i.LoanId == l.Id && i.DueDate < late90).Sum(i => i.PrincipalDue + i.InterestDue + i.FeesDue),
            }).ToListAsync(cancellationToken);
        var byBranch = positions.ToLookup(p => p.BranchId);

        var recorded = await db.PortfolioSnapshots.Where(s => s.Date == date).ToDictionaryAsync(s => s.BranchId, cancellationToken);
        var branches = await db.Branches.Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var branch in branches)
        {
            var loans = byBranch[branch].ToList();
            decimal AtRisk(Func<LoanPosition, decimal> dueBefore) => loans.Where(p => dueBefore(p) > p.Paid).Sum(p => p.Outstanding);
            if (!recorded.TryGetValue(branch, out var snapshot))
                db.PortfolioSnapshots.Add(snapshot = new PortfolioSnapshot(current.Id, branch, date));
            snapshot.Record(loans.Count, loans.Count(p => p.DueBefore1 > p.Paid), loans.Sum(p => p.Outstanding),
                AtRisk(p => p.DueBefore1), AtRisk(p => p.DueBefore30), AtRisk(p => p.DueBefore90));
        }
        return branches.Count;
    }
}
