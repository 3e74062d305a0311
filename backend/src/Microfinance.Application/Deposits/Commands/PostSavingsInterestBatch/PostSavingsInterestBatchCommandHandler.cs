using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Commands.PostSavingsInterestBatch;

public sealed class PostSavingsInterestBatchCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IRowLocks locks, AccountPostings postings, InstitutionProfile institution, IAuditTrail audit,
    TimeProvider clock)
    : IRequestHandler<PostSavingsInterestBatchCommand, SavingsInterestBatch>
{
    public async Task<SavingsInterestBatch> Handle(PostSavingsInterestBatchCommand request, CancellationToken cancellationToken)
    {
        var month = request.Month;
        var accounts = await locks.LockAccountsAsync(request.AccountIds, cancellationToken);
        // Read under the locks: a concurrent run of the month has committed its settlements of these accounts by now, or
        // has not begun them (the unique (account, month) key is the last guard).
        var ids = accounts.Select(a => a.Id).ToList();
        var settled = (await db.SavingsInterestPostings.Where(p => p.Month == month && ids.Contains(p.AccountId)).Select(p => p.AccountId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var due = new List<(DepositAccount Account, DepositProduct Product)>();
        foreach (var account in accounts.Where(a => a.Status == DepositAccountStatus.Active && !settled.Contains(a.Id)))
            if (await postings.ProductAsync(account, cancellationToken) is { Kind: DepositProductKind.Savings, AnnualInterestRatePercent: > 0 } product)
                due.Add((account, product));

        var dueIds = due.Select(d => d.Account.Id).ToList();
        // Every movement valued from the month's first day: the first one tells the month's opening balance (its balance
        // before it), those of the month its end-of-day balances; an account that has not moved since is at its balance.
        var movements = (await db.AccountTransactions.AsNoTracking().Where(t => dueIds.Contains(t.AccountId) && t.ValueDate >= month)
                .OrderBy(t => t.AccountId).ThenBy(t => t.Sequence)
                .Select(t => new { t.AccountId, t.ValueDate, t.BalanceAfter, t.Amount, t.IsCredit }).ToListAsync(cancellationToken))
            .ToLookup(t => t.AccountId);
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var days = monthEnd.Day;
        var currency = await institution.CurrencyAsync(cancellationToken);
        var now = clock.GetUtcNow();

        int credited = 0;
        decimal total = 0;
        foreach (var (account, product) in due)
        {
            var since = movements[account.Id].ToList();
            var opening = since.Count == 0 ? account.Balance : since[0].BalanceAfter - (since[0].IsCredit ? since[0].Amount : -since[0].Amount);
            var minimum = SavingsInterest.MinimumDailyBalance(opening, month, since.Where(t => t.ValueDate <= monthEnd).Select(t => (t.ValueDate, t.BalanceAfter)));
            var amount = SavingsInterest.Amount(minimum, product.AnnualInterestRatePercent, days, currency);
            var movement = amount > 0 ? await postings.CreditInterestAsync(account, amount, month, cancellationToken) : null;
            db.SavingsInterestPostings.Add(new SavingsInterestPosting(account, month, minimum, product.AnnualInterestRatePercent, amount, movement, now));
            if (movement is null) continue;
            credited++;
            total += amount;
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        audit.Describe("PostSavingsInterest", new { month, accounts = due.Count, credited, totalInterest = total });
        return new SavingsInterestBatch(credited, due.Count - credited, total);
    }
}
