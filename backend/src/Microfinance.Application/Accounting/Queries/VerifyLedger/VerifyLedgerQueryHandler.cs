namespace Microfinance.Application.Accounting.Queries.VerifyLedger;

/// <summary>Every invariant of the ledger, re-derived from the postings; details in the reader's language, amounts as they write them.</summary>
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
            await TontineSavingsMatchPostingsAsync(cancellationToken),
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
            ? Localizer.Format("All {0} journal entries have two or more lines and equal debits and credits.", [entryCount])
            : Localizer.Format("Unbalanced or empty entries: {0}", [string.Join(", ", broken)]));
    }

    private async Task<LedgerCheck> AccountBalancesMatchPostingsAsync(CancellationToken ct)
    {
        var accountCount = await db.DepositAccounts.CountAsync(ct);
        var broken = await db.DepositAccounts
            .Select(a => new { a.Number, a.Balance, Posted = db.JournalLines.Where(l => l.DepositAccountId == a.Id).Sum(l => l.Credit - l.Debit) })
            .Where(a => a.Balance != a.Posted)
            .Take(ShownBreaches).ToListAsync(ct);
        return new LedgerCheck("account_balances_match_postings", broken.Count == 0, broken.Count == 0
            ? Localizer.Format("All {0} deposit accounts' balances equal the sum of their postings.", [accountCount])
            : Localizer.Format("Balance ≠ postings: {0}", [string.Join("; ", broken.Select(b =>
                Localizer.Format("{0} balance {1}, postings {2}", [b.Number, b.Balance, b.Posted])))]));
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
            ? Localizer.Format("Every account's movements add up to its balance, and its last movement shows it.", [])
            : Localizer.Format("Statement ≠ balance: {0}", [string.Join("; ", broken.Select(b =>
                Localizer.Format("{0} balance {1}, movements {2}, last shown {3}", [b.Number, b.Balance, b.Sum, b.Last ?? 0])))]));
    }

    /// <summary>
    /// A participant's savings are what its journal lines credit and debit, and its booklet's rows add up to them: cells
    /// filled, commission and saving contributed, less what was withdrawn.
    /// </summary>
    private async Task<LedgerCheck> TontineSavingsMatchPostingsAsync(CancellationToken ct)
    {
        var participantCount = await db.TontineParticipants.CountAsync(ct);
        var broken = await db.TontineParticipants
            .Select(p => new
            {
                p.Id,
                p.SavedBalance,
                p.CellsFilled,
                p.CommissionTotal,
                p.WithdrawnTotal,
                Posted = db.JournalLines.Where(l => l.TontineParticipantId == p.Id).Sum(l => l.Credit - l.Debit),
                Cells = db.TontineContributions.Where(c => c.ParticipantId == p.Id).Sum(c => (long)c.Days),
                Saved = db.TontineContributions.Where(c => c.ParticipantId == p.Id).Sum(c => c.SavingAmount),
                Commission = db.TontineContributions.Where(c => c.ParticipantId == p.Id).Sum(c => c.CommissionAmount),
            })
            .Where(p => p.SavedBalance != p.Posted || p.CellsFilled != p.Cells || p.CommissionTotal != p.Commission
                || p.SavedBalance != p.Saved - p.WithdrawnTotal)
            .Take(ShownBreaches).ToListAsync(ct);
        return new LedgerCheck("tontine_savings_match_postings", broken.Count == 0, broken.Count == 0
            ? Localizer.Format("All {0} tontine participants' savings equal the sum of their postings and of their booklets.", [participantCount])
            : Localizer.Format("Tontine savings ≠ postings or booklet: {0}", [string.Join("; ", broken.Select(b =>
                Localizer.Format("{0} saved {1}, postings {2}, booklet {3}", [b.Id, b.SavedBalance, b.Posted, b.Saved - b.WithdrawnTotal])))]));
    }

    private async Task<LedgerCheck> TrialBalanceNetsToZeroAsync(CancellationToken ct)
    {
        var debit = await db.JournalLines.SumAsync(l => l.Debit, ct);
        var credit = await db.JournalLines.SumAsync(l => l.Credit, ct);
        return new LedgerCheck("trial_balance_nets_to_zero", debit == credit, Localizer.Format("Total debits {0}, total credits {1}.", [debit, credit]));
    }
}
