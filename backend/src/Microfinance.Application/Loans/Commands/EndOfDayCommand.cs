using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans.Commands;

/// <summary>
/// End of day for <see cref="Date"/> (today by default): late penalties per each product's rule, once per loan per day
/// (missed days caught up in order), and days in arrears. Running it twice for a day changes nothing the second time.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayCommand(DateOnly? Date = null) : ICommand<EndOfDayResult>;

public sealed record EndOfDayResult(DateOnly Date, int LoansProcessed, int PenaltiesCharged, decimal TotalPenalties);

public sealed class EndOfDayCommandHandler(
    IApplicationDbContext db, ILedgerStore store, LoanPostings postings, InstitutionProfile institution) : IRequestHandler<EndOfDayCommand, EndOfDayResult>
{
    public async Task<EndOfDayResult> Handle(EndOfDayCommand request, CancellationToken cancellationToken)
    {
        var today = await institution.TodayAsync(cancellationToken);
        var date = request.Date ?? today;
        if (date > today) throw new ValidationException("date", "End of day cannot run for a future date.");
        var currency = await institution.CurrencyAsync(cancellationToken);
        var products = await db.LoanProducts.ToDictionaryAsync(p => p.Id, cancellationToken);
        var loanIds = await db.Loans.Where(l => l.Status == LoanStatus.Active).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(cancellationToken);

        int charged = 0;
        decimal total = 0;
        foreach (var id in loanIds)
        {
            var loan = await store.LockLoanAsync(id, cancellationToken);
            if (loan is null) continue;
            var product = products[loan.ProductId];
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
        await db.SaveChangesAsync(cancellationToken);
        return new EndOfDayResult(date, loanIds.Count, charged, total);
    }
}
