using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands.EndOfDayLateLoans;

public sealed class EndOfDayLateLoansCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, LoanPostings postings, InstitutionProfile institution, IAuditTrail audit)
    : IRequestHandler<EndOfDayLateLoansCommand, EndOfDayBatch>
{
    public async Task<EndOfDayBatch> Handle(EndOfDayLateLoansCommand request, CancellationToken cancellationToken)
    {
        var date = request.Date;
        var overdue = db.LoanInstallments.OverdueBefore(date);
        var ids = await db.Loans.Active().Where(l => l.Id.CompareTo(request.After) > 0)
            .Where(l => l.DaysInArrearsRecorded > 0 || overdue.Any(i => i.LoanId == l.Id))
            .OrderBy(l => l.Id).Select(l => l.Id).Take(request.Count).ToListAsync(cancellationToken);
        if (ids.Count == 0) return new EndOfDayBatch(0, null, 0, 0);

        var currency = await institution.CurrencyAsync(cancellationToken);
        int charged = 0;
        decimal total = 0;
        foreach (var loan in await locks.LockLoansAsync(ids, cancellationToken))
        {
            var product = await postings.ProductAsync(loan, cancellationToken);
            var charges = loan.ApplyPenaltiesThrough(date, product.PenaltyRule, currency);
            if (charges.Count > 0)
            {
                var amount = charges.Sum(c => c.Amount);
                var entry = await postings.ChargePenaltiesAsync(loan, product, amount, date, cancellationToken);
                db.LoanPenaltyCharges.AddRange(charges.Select(c => new LoanPenaltyCharge(loan.InstitutionId, loan.Id, c, entry.Id)));
                charged += charges.Count;
                total += amount;
            }
            loan.RecordArrears(date);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        audit.Describe("EndOfDay", new { date, loans = ids.Count, penaltiesCharged = charged, totalPenalties = total });
        return new EndOfDayBatch(ids.Count, ids[^1], charged, total);
    }
}
