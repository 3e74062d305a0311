using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Money;
using Microfinance.Application.Deposits;
using Microfinance.Domain.Accounting;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.Loans;

namespace Microfinance.Application.Loans;

/// <summary>
/// The journal side of every loan event, through the product's GL accounts (docs/loan-schedules.md, Ledger):
/// interest and fees are income when paid; penalties are receivable when charged and income at once. A repayment's
/// whole path is here, its rows written by hand like a deposit's (ADR 0017).
/// </summary>
public sealed class LoanPostings(
    IApplicationDbContext db, IRowLocks locks, ILedgerRows rows, LedgerPoster ledger, AccountPostings accounts,
    InstitutionProfile institution, ReferenceDataCache cache, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The loan's product, shared from the cache: read it, do not change it.</summary>
    public Task<LoanProduct> ProductAsync(Loan loan, CancellationToken ct) =>
        cache.GetAsync(loan.InstitutionId, loan.ProductId, c => db.LoanProducts.AsNoTracking().FirstAsync(p => p.Id == loan.ProductId, c), ct);

    public async Task<JournalEntry> DisburseAsync(Loan loan, LoanProduct product, Guid? savingsAccountId, DateOnly date, CancellationToken ct)
    {
        if (savingsAccountId is not { } accountId)
        {
            var cash = await ledger.PostAsync(date, $"Décaissement {loan.Number} en espèces", JournalSource.LoanDisbursement,
                [JournalLine.DebitOf(product.PortfolioGlAccountId, loan.Principal), JournalLine.CreditOf(await ledger.AccountForAsync(Channel.Cash, ct), loan.Principal)], ct);
            loan.RecordDisbursement(cash.Id, Channel.Cash);
            return cash;
        }

        var (entry, _) = await accounts.CreditFromLedgerAsync(accountId, loan.ClientId, loan.Principal, date, TransactionType.LoanDisbursement, loan.Number,
            $"Décaissement {loan.Number}", JournalSource.LoanDisbursement, JournalLine.DebitOf(product.PortfolioGlAccountId, loan.Principal), ct);
        loan.RecordDisbursement(entry.Id, null);
        return entry;
    }

    /// <summary>
    /// Locks the loan, allocates the payment (<see cref="Loan.Repay"/>), posts it, and records the repayment and the loan's
    /// arrears, written at the caller's next save (nothing here needs a number from the database, so a webhook's
    /// settlement writes the intent's changes in the same round trip). The debit goes to
    /// <paramref name="debitGlAccountId"/> when given (a provider's clearing account), else to the channel's mapped account.
    /// </summary>
    public async Task<LoanRepayment> RepayAsync(Guid loanId, decimal amount, DateOnly date, Channel channel, string? reference, Guid? debitGlAccountId, CancellationToken ct)
    {
        var loan = await locks.LockLoanForPostingAsync(loanId, ct);
        await institution.EnsureNotFutureAsync(date, "date", ct);
        if (date < loan.DisbursementDate)
            throw new ValidationException("date", "A repayment cannot be dated before the disbursement.");
        var product = await ProductAsync(loan, ct);
        var allocation = loan.Repay(amount, clock.GetUtcNow());
        var debit = debitGlAccountId ?? await ledger.AccountForAsync(channel, ct);
        var entry = await ledger.PostAsync(date, $"Remboursement {loan.Number}", JournalSource.LoanRepayment,
            [JournalLine.DebitOf(debit, allocation.Total), .. Credits(product, allocation)], ct);
        var repayment = new LoanRepayment(loan, loan.LastRepaymentSequence, amount, date, channel, reference, allocation, entry.Id,
            user.UserId, clock.GetUtcNow());
        rows.Add(repayment);
        loan.RecordArrears(await institution.TodayAsync(ct));
        return repayment;
    }

    /// <summary>Moves a repayment's money between income and portfolio accounts after re-allocation (cash does not move).</summary>
    public async Task<JournalEntry?> ReallocateAsync(Loan loan, LoanProduct product, Allocation before, Allocation after, CancellationToken ct)
    {
        var delta = after - before;
        var lines = new List<JournalLine>();
        foreach (var (gl, change) in Components(product, delta))
        {
            if (change > 0) lines.Add(JournalLine.CreditOf(gl, change));
            if (change < 0) lines.Add(JournalLine.DebitOf(gl, -change));
        }
        if (lines.Count == 0) return null;
        return await ledger.PostAsync(await institution.TodayAsync(ct), $"Réimputation {loan.Number}", JournalSource.LoanReallocation, lines, ct);
    }

    public async Task<JournalEntry> ChargePenaltiesAsync(Loan loan, LoanProduct product, decimal total, DateOnly date, CancellationToken ct) =>
        await ledger.PostAsync(date, $"Pénalités {loan.Number}", JournalSource.LoanPenalty,
            [JournalLine.DebitOf(product.PenaltiesReceivableGlAccountId, total), JournalLine.CreditOf(product.PenaltyIncomeGlAccountId, total)], ct);

    /// <summary>What is on the books (principal and charged penalties) becomes a loss; unpaid interest and fees never were income.</summary>
    public async Task<JournalEntry?> WriteOffAsync(Loan loan, LoanProduct product, CancellationToken ct)
    {
        var principal = loan.OutstandingPrincipal;
        var penalties = loan.Installments.Sum(i => i.PenaltiesDue - i.PenaltiesPaid);
        if (principal + penalties == 0) return null;
        var lines = new List<JournalLine> { JournalLine.DebitOf(product.LossExpenseGlAccountId, principal + penalties) };
        if (principal > 0) lines.Add(JournalLine.CreditOf(product.PortfolioGlAccountId, principal));
        if (penalties > 0) lines.Add(JournalLine.CreditOf(product.PenaltiesReceivableGlAccountId, penalties));
        return await ledger.PostAsync(await institution.TodayAsync(ct), $"Passage en perte {loan.Number}", JournalSource.LoanWriteOff, lines, ct);
    }

    private static IEnumerable<JournalLine> Credits(LoanProduct product, Allocation allocation) =>
        Components(product, allocation).Where(c => c.Amount > 0).Select(c => JournalLine.CreditOf(c.GlAccountId, c.Amount));

    private static IEnumerable<(Guid GlAccountId, decimal Amount)> Components(LoanProduct product, Allocation allocation) =>
    [
        (product.PenaltiesReceivableGlAccountId, allocation.Penalties),
        (product.FeeIncomeGlAccountId, allocation.Fees),
        (product.InterestIncomeGlAccountId, allocation.Interest),
        (product.PortfolioGlAccountId, allocation.Principal),
    ];
}
