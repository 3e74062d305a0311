using Microfinance.Domain.Accounting;
using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting;

/// <summary>
/// What the bank reconciliation use cases share: the bank GL account, the lock that makes its imports and matches one at
/// a time, and the matcher's suggestions over the unmatched journal lines. Nothing here posts: matching pairs records.
/// </summary>
public sealed class BankReconciliation(IApplicationDbContext db, IRowLocks locks)
{
    /// <summary>The GL account (404 when not in the institution); a bank is a treasury account, an asset of class 1 (else 422).</summary>
    public async Task<GlAccount> BankAccountAsync(Guid glAccountId, CancellationToken cancellationToken)
    {
        var account = await db.GlAccounts.AsNoTracking().GetAsync(glAccountId, "GL account", cancellationToken);
        if (account.Type != GlAccountType.Asset || account.Class != 1)
            throw new DomainException("not_a_bank_account", "GL account {0} is not a treasury account (an asset of class 1): it has no bank statement.", account.Code);
        return account;
    }

    /// <summary>
    /// Queues the imports and matches of one bank account until the transaction ends: two auto-matches, or an import and
    /// its repeat, run one after the other, each seeing what the other wrote (the unique indexes hold anyway).
    /// </summary>
    public Task LockAsync(Guid glAccountId, CancellationToken cancellationToken) =>
        locks.LockKeyAsync($"bank-reconciliation:{glAccountId}", cancellationToken);

    /// <summary>Locks the bank account of a statement line (404 when the institution has no such line) and returns it.</summary>
    public async Task<Guid> LockLineAccountAsync(Guid statementLineId, CancellationToken cancellationToken)
    {
        var glAccountId = await db.BankStatementLines.Where(l => l.Id == statementLineId).Select(l => (Guid?)l.GlAccountId).FirstOrDefaultAsync(cancellationToken)
                          ?? throw new NotFoundException("Statement line", statementLineId);
        await LockAsync(glAccountId, cancellationToken);
        return glAccountId;
    }

    /// <summary>The account's journal lines matched with no statement line, valued between the two dates, oldest first.</summary>
    public async Task<List<BankBookLineDto>> UnmatchedBookLinesAsync(Guid glAccountId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var lines = await (
            from l in db.JournalLines
            join e in db.JournalEntries.ValuedBetween(first, last) on l.EntryId equals e.Id
            where l.GlAccountId == glAccountId && !db.BankStatementLines.Any(s => s.MatchedJournalLineId == l.Id)
            orderby e.ValueDate, e.Number, l.Id
            select new { l.Id, EntryId = e.Id, e.Number, e.ValueDate, e.Description, l.Debit, l.Credit }).ToListAsync(cancellationToken);
        var references = await ReferencesAsync(lines.Select(l => l.EntryId), cancellationToken);
        return lines.Select(l => new BankBookLineDto(l.Id, l.EntryId, l.Number, l.ValueDate, l.Description, references.GetValueOrDefault(l.EntryId),
            l.Debit, l.Credit)).ToList();
    }

    /// <summary>The reference of the movement each entry records (a bank transfer's "VIR-…"), for the entries that have one.</summary>
    public async Task<Dictionary<Guid, string>> ReferencesAsync(IEnumerable<Guid> entryIds, CancellationToken cancellationToken)
    {
        var ids = entryIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var found = await db.AccountTransactions.Where(t => ids.Contains(t.JournalEntryId) && t.Reference != null)
            .Select(t => new { t.JournalEntryId, t.Reference }).ToListAsync(cancellationToken);
        return found.GroupBy(t => t.JournalEntryId).ToDictionary(g => g.Key, g => g.Select(t => t.Reference!).Order(StringComparer.Ordinal).First());
    }

    /// <summary>
    /// The matcher's pairs for unmatched statement lines, among the unmatched journal lines valued within the date window
    /// of those lines, with the journal lines they name.
    /// </summary>
    public async Task<(IReadOnlyList<BankMatch> Matches, IReadOnlyDictionary<Guid, BankBookLineDto> BookLines)> SuggestAsync(
        Guid glAccountId, IReadOnlyList<BankStatementLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0) return ([], new Dictionary<Guid, BankBookLineDto>());
        var window = BankReconciliationMatcher.DateWindowDays;
        var book = await UnmatchedBookLinesAsync(glAccountId, lines.Min(l => l.Date).AddDays(-window), lines.Max(l => l.Date).AddDays(window),
            cancellationToken);
        var matches = BankReconciliationMatcher.Match(
            lines.Select(l => new BankMatchSubject(l.Id, l.Date, l.Amount, l.Reference)),
            book.Select(b => new BankMatchCandidate(b.JournalLineId, b.ValueDate, b.Debit - b.Credit, b.EntryNumber,
                b.Reference is null ? [b.Description] : [b.Description, b.Reference])));
        return (matches, book.ToDictionary(b => b.JournalLineId));
    }
}
