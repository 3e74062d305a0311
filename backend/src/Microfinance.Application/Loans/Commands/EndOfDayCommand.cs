using Microfinance.Application.Common.Money;
using Microfinance.Domain.Loans;
using Microsoft.Extensions.Options;

namespace Microfinance.Application.Loans.Commands;

/// <summary>
/// End of day for <see cref="Date"/> (today by default): late penalties per each product's rule, once per loan per day
/// (missed days caught up in order), and days in arrears. Running it twice for a day changes nothing the second time.
/// Not one transaction: the loans with something late go through the domain in batches of
/// <see cref="EndOfDayOptions.BatchSize"/>, each batch its own command (locked, posted, audited, committed), then one
/// set-based update moves every loan with nothing late to the new day. An interrupted run is simply run again.
/// </summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayCommand(DateOnly? Date = null) : IRequest<EndOfDayResult>;

public sealed record EndOfDayResult(DateOnly Date, int LoansProcessed, int PenaltiesCharged, decimal TotalPenalties);

/// <summary>One batch of loans with an unpaid installment past due or arrears on record, after <see cref="After"/> in id order.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayLateLoansCommand(DateOnly Date, Guid After, int Count) : ICommand<EndOfDayBatch>;

public sealed record EndOfDayBatch(int Loans, Guid? LastLoanId, int PenaltiesCharged, decimal TotalPenalties);

/// <summary>Every active loan with nothing late is current through <see cref="Date"/>: no penalty, no arrears, one UPDATE.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record EndOfDayCurrentLoansCommand(DateOnly Date) : ICommand<int>;

/// <summary>Configuration section "Jobs:EndOfDay".</summary>
public sealed class EndOfDayOptions
{
    public const string Section = "Jobs:EndOfDay";

    /// <summary>Late loans per transaction: big enough to amortise the round trips, small enough to hold few locks briefly.</summary>
    public int BatchSize { get; set; } = 500;
}

public sealed class EndOfDayCommandHandler(IMediator mediator, InstitutionProfile institution, IOptions<EndOfDayOptions> options)
    : IRequestHandler<EndOfDayCommand, EndOfDayResult>
{
    public async Task<EndOfDayResult> Handle(EndOfDayCommand request, CancellationToken cancellationToken)
    {
        var today = await institution.TodayAsync(cancellationToken);
        var date = request.Date ?? today;
        if (date > today) throw new ValidationException("date", "End of day cannot run for a future date.");

        int loans = 0, charged = 0;
        decimal total = 0;
        var after = Guid.Empty;
        while (await mediator.Send(new EndOfDayLateLoansCommand(date, after, Math.Max(1, options.Value.BatchSize)), cancellationToken) is { LastLoanId: { } last } batch)
        {
            (loans, charged, total, after) = (loans + batch.Loans, charged + batch.PenaltiesCharged, total + batch.TotalPenalties, last);
        }
        loans += await mediator.Send(new EndOfDayCurrentLoansCommand(date), cancellationToken);
        return new EndOfDayResult(date, loans, charged, total);
    }
}

public sealed class EndOfDayBatchHandlers(
    IApplicationDbContext db, ILedgerStore store, LoanPostings postings, InstitutionProfile institution, IAuditTrail audit)
    : IRequestHandler<EndOfDayLateLoansCommand, EndOfDayBatch>,
      IRequestHandler<EndOfDayCurrentLoansCommand, int>
{
    public async Task<EndOfDayBatch> Handle(EndOfDayLateLoansCommand request, CancellationToken cancellationToken)
    {
        var date = request.Date;
        var overdue = OverdueInstallments(date);
        var ids = await ActiveLoans().Where(l => l.Id.CompareTo(request.After) > 0)
            .Where(l => l.DaysInArrearsRecorded > 0 || overdue.Any(i => i.LoanId == l.Id))
            .OrderBy(l => l.Id).Select(l => l.Id).Take(request.Count).ToListAsync(cancellationToken);
        if (ids.Count == 0) return new EndOfDayBatch(0, null, 0, 0);

        var currency = await institution.CurrencyAsync(cancellationToken);
        int charged = 0;
        decimal total = 0;
        foreach (var loan in await store.LockLoansAsync(ids, cancellationToken))
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
        await db.SaveChangesAsync(cancellationToken);
        audit.Describe("EndOfDay", new { date, loans = ids.Count, penaltiesCharged = charged, totalPenalties = total });
        return new EndOfDayBatch(ids.Count, ids[^1], charged, total);
    }

    public async Task<int> Handle(EndOfDayCurrentLoansCommand request, CancellationToken cancellationToken)
    {
        var date = request.Date;
        var overdue = OverdueInstallments(date);
        var advanced = await ActiveLoans()
            .Where(l => l.PenaltiesAppliedThrough < date && l.DaysInArrearsRecorded == 0 && !overdue.Any(i => i.LoanId == l.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PenaltiesAppliedThrough, (DateOnly?)date), cancellationToken);
        // A set-based update is invisible to the change tracker: the trail records what it did instead.
        audit.Describe("EndOfDayCurrentLoans", new { date, loans = advanced });
        return advanced;
    }

    private IQueryable<Loan> ActiveLoans() => db.Loans.Where(l => l.Status == LoanStatus.Active);

    /// <summary>Installments unpaid and due before <paramref name="date"/>: the only source of penalties and arrears (PenaltyRule).</summary>
    private IQueryable<LoanInstallment> OverdueInstallments(DateOnly date) => db.LoanInstallments.Where(i => i.DueDate < date
        && i.PrincipalPaid + i.InterestPaid + i.FeesPaid + i.PenaltiesPaid < i.PrincipalDue + i.InterestDue + i.FeesDue + i.PenaltiesDue);
}
