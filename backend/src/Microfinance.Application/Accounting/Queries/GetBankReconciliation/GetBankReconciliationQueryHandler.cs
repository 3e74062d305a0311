using Microfinance.Application.Common.Money;
using Microfinance.Domain.Accounting;

namespace Microfinance.Application.Accounting.Queries.GetBankReconciliation;

/// <summary>
/// Balances and counts are summed in PostgreSQL; the lists, the suggestions (the matcher over the listed unmatched
/// statement lines) and the recorded matches are read a page at most each.
/// </summary>
public sealed class GetBankReconciliationQueryHandler(
    IApplicationDbContext db, BankReconciliation reconciliation, InstitutionProfile institution, IIdentityService identity)
    : IRequestHandler<GetBankReconciliationQuery, BankReconciliationDto>
{
    public const int MaxListed = 500;

    public async Task<BankReconciliationDto> Handle(GetBankReconciliationQuery q, CancellationToken cancellationToken)
    {
        var account = await reconciliation.BankAccountAsync(q.GlAccountId, cancellationToken);
        var to = q.To ?? await institution.TodayAsync(cancellationToken);

        var book =
            from l in db.JournalLines
            join e in db.JournalEntries.ValuedBetween(null, to) on l.EntryId equals e.Id
            where l.GlAccountId == account.Id
            select new { l.Id, EntryId = e.Id, e.Number, e.ValueDate, e.Description, l.Debit, l.Credit };
        var statement = db.BankStatementLines.AsNoTracking().Where(s => s.GlAccountId == account.Id && s.Date <= to);
        // Unmatched at the date: no partner dated up to then (a cheque booked on the 31st and cleared on the 2nd is
        // outstanding on the 31st).
        var unmatchedBook = book.Where(b => !db.BankStatementLines.Any(s => s.MatchedJournalLineId == b.Id && s.Date <= to));
        var unmatchedStatement = statement.Where(s => s.MatchedJournalLineId == null || !db.JournalLines.Any(l =>
            l.Id == s.MatchedJournalLineId && db.JournalEntries.Any(e => e.Id == l.EntryId && e.ValueDate <= to)));

        var bookBalance = await book.SumAsync(b => b.Debit - b.Credit, cancellationToken);
        var statementBalance = await statement.SumAsync(s => s.Amount, cancellationToken);
        var bookTotals = await unmatchedBook.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Total = g.Sum(b => b.Debit - b.Credit) })
            .FirstOrDefaultAsync(cancellationToken);
        var statementTotals = await unmatchedStatement.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Total = g.Sum(s => s.Amount) })
            .FirstOrDefaultAsync(cancellationToken);

        var listedStatement = await unmatchedStatement.Where(s => q.From == null || s.Date >= q.From)
            .OrderBy(s => s.Date).ThenBy(s => s.Id).Take(MaxListed).ToListAsync(cancellationToken);
        var listedBook = await unmatchedBook.Where(b => q.From == null || b.ValueDate >= q.From)
            .OrderBy(b => b.ValueDate).ThenBy(b => b.Number).ThenBy(b => b.Id).Take(MaxListed).ToListAsync(cancellationToken);
        var bookReferences = await reconciliation.ReferencesAsync(listedBook.Select(b => b.EntryId), cancellationToken);
        var (suggested, candidates) = await reconciliation.SuggestAsync(account.Id,
            listedStatement.Where(s => s.MatchedJournalLineId == null).ToList(), cancellationToken);

        var unmatchedTotal = (Book: bookTotals?.Total ?? 0, Statement: statementTotals?.Total ?? 0);
        var reconciled = bookBalance - unmatchedTotal.Book + unmatchedTotal.Statement;
        return new BankReconciliationDto(
            account.Id, account.Code, account.Name, q.From, to, BankReconciliationMatcher.DateWindowDays,
            statementBalance, bookBalance, unmatchedTotal.Statement, unmatchedTotal.Book, reconciled, statementBalance - reconciled,
            statementTotals?.Count ?? 0, bookTotals?.Count ?? 0,
            listedStatement.Select(BankStatementLineDto.From).ToList(),
            listedBook.Select(b => new BankBookLineDto(b.Id, b.EntryId, b.Number, b.ValueDate, b.Description, bookReferences.GetValueOrDefault(b.EntryId),
                b.Debit, b.Credit)).ToList(),
            suggested.Select(m => new BankMatchSuggestionDto(m.StatementLineId, candidates[m.JournalLineId], m.ByReference)).ToList(),
            await MatchesAsync(account.Id, q.From, to, cancellationToken));
    }

    /// <summary>The recorded matches of statement lines dated in the period, the latest first, with who made them.</summary>
    private async Task<List<BankMatchedPairDto>> MatchesAsync(Guid glAccountId, DateOnly? first, DateOnly to, CancellationToken cancellationToken)
    {
        var pairs = await (
            from s in db.BankStatementLines.AsNoTracking()
            where s.GlAccountId == glAccountId && s.MatchedJournalLineId != null && s.Date <= to && (first == null || s.Date >= first)
            join l in db.JournalLines on s.MatchedJournalLineId equals l.Id
            join e in db.JournalEntries on l.EntryId equals e.Id
            orderby s.MatchedAt descending, s.Id
            select new { Line = s, JournalLineId = l.Id, EntryId = e.Id, e.Number, e.ValueDate, e.Description, l.Debit, l.Credit })
            .Take(MaxListed).ToListAsync(cancellationToken);
        var references = await reconciliation.ReferencesAsync(pairs.Select(p => p.EntryId), cancellationToken);
        var people = pairs.Select(p => p.Line.MatchedBy).OfType<Guid>().Distinct().ToList();
        IReadOnlyDictionary<Guid, string> names = people.Count == 0 ? new Dictionary<Guid, string>() : await identity.GetDisplayNamesAsync(people, cancellationToken);
        return pairs.Select(p => new BankMatchedPairDto(
            BankStatementLineDto.From(p.Line),
            new BankBookLineDto(p.JournalLineId, p.EntryId, p.Number, p.ValueDate, p.Description, references.GetValueOrDefault(p.EntryId), p.Debit, p.Credit),
            p.Line.MatchedBy is { } by ? names.GetValueOrDefault(by) : null)).ToList();
    }
}
