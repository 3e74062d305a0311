namespace Microfinance.Application.Accounting.Queries.VerifyLedger;

public sealed class VerifyLedgerQueryHandler(IApplicationDbContext db) : IRequestHandler<VerifyLedgerQuery, LedgerVerification>
{
    private const int ShownBreaches = 10;

    public async Task<LedgerVerification> Handle(VerifyLedgerQuery request, CancellationToken cancellationToken)
    {
        var checks = new List<LedgerCheck>
        {
            await EntriesBalanceAsync(cancellationToken),
            await AccountBalancesMatchPostingsAsync(cancellationToken),
            await StatementsMatchBalancesAsync(cancellationToken),
            await TrialBalanceNetsToZeroAsync(cancellationToken),
        };
        return new LedgerVerification(checks.All(c => c.Ok), checks);
    }

    private async Task<LedgerCheck> EntriesBalanceAsync(CancellationToken ct)
    {
        var entryCount = await db.JournalEntries.CountAsync(ct);
        var broken = await db.JournalLines.GroupBy(l => l.EntryId)
            .Where(g => g.Sum(l => l.Debit) != g.Sum(l => l.Credit) || g.Count() < 2)
            .Select(g => g.Key).Take(ShownBreaches).ToListAsync(ct);
        var orphans = await db.JournalEntries.Where(e => !db.JournalLines.Any(l => l.EntryId == e.Id)).Select(e => e.Id).Take(ShownBreaches).ToListAsync(ct);
        broken.AddRange(orphans);
        return new LedgerCheck("entries_balanced", broken.Count == 0, broken.Count == 0
            ? $"All {entryCount} journal entries have two or more lines and equal debits and credits."
            : $"Unbalanced or empty entries: {string.Join(", ", broken)}");
    }

    private async Task<LedgerCheck> AccountBalancesMatchPostingsAsync(CancellationToken ct)
    {
        var accountCount = await db.DepositAccounts.CountAsync(ct);
        var broken = await db.DepositAccounts
            .Select(a => new { a.Number, a.Balance, Posted = db.JournalLines.Where(l => l.DepositAccountId == a.Id).Sum(l => l.Credit - l.Debit) })
            .Where(a => a.Balance != a.Posted)
            .Take(ShownBreaches).ToListAsync(ct);
        return new LedgerCheck("account_balances_match_postings", broken.Count == 0, broken.Count == 0
            ? $"All {accountCount} deposit accounts' balances equal the sum of their postings."
            : "Balance ≠ postings: " + string.Join("; ", broken.Select(b => $"{b.Number} balance {Plain(b.Balance)}, postings {Plain(b.Posted)}")));
    }

    private async Task<LedgerCheck> StatementsMatchBalancesAsync(CancellationToken ct)
    {
        var broken = await db.DepositAccounts
            .Where(a => a.LastSequence > 0)
            .Select(a => new
            {
                a.Number,
                a.Balance,
                Last = db.AccountTransactions.Where(t => t.AccountId == a.Id && t.Sequence == a.LastSequence).Select(t => (decimal?)t.BalanceAfter).FirstOrDefault(),
                Sum = db.AccountTransactions.Where(t => t.AccountId == a.Id).Sum(t => t.IsCredit ? t.Amount : -t.Amount),
            })
            .Where(a => a.Last != a.Balance || a.Sum != a.Balance)
            .Take(ShownBreaches).ToListAsync(ct);
        return new LedgerCheck("statements_match_balances", broken.Count == 0, broken.Count == 0
            ? "Every account's movements add up to its balance, and its last movement shows it."
            : "Statement ≠ balance: " + string.Join("; ", broken.Select(b => $"{b.Number} balance {Plain(b.Balance)}, movements {Plain(b.Sum)}, last shown {Plain(b.Last ?? 0)}")));
    }

    private static string Plain(decimal amount) => amount.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<LedgerCheck> TrialBalanceNetsToZeroAsync(CancellationToken ct)
    {
        var debit = await db.JournalLines.SumAsync(l => l.Debit, ct);
        var credit = await db.JournalLines.SumAsync(l => l.Credit, ct);
        return new LedgerCheck("trial_balance_nets_to_zero", debit == credit, $"Total debits {Plain(debit)}, total credits {Plain(credit)}.");
    }
}
