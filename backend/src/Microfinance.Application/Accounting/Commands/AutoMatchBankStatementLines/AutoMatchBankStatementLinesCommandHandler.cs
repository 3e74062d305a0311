namespace Microfinance.Application.Accounting.Commands.AutoMatchBankStatementLines;

/// <summary>Under the bank account's lock, so a second auto-match running at the same time sees these matches and finds nothing left to pair.</summary>
public sealed class AutoMatchBankStatementLinesCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, BankReconciliation reconciliation, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AutoMatchBankStatementLinesCommand, AutoMatchResultDto>
{
    public async Task<AutoMatchResultDto> Handle(AutoMatchBankStatementLinesCommand r, CancellationToken cancellationToken)
    {
        var account = await reconciliation.BankAccountAsync(r.GlAccountId, cancellationToken);
        await reconciliation.LockAsync(account.Id, cancellationToken);
        var lines = await db.BankStatementLines.Where(l => l.GlAccountId == account.Id && l.MatchedJournalLineId == null)
            .OrderBy(l => l.Date).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        var (matches, book) = await reconciliation.SuggestAsync(account.Id, lines, cancellationToken);
        var byId = lines.ToDictionary(l => l.Id);
        var (by, at) = (user.UserId!.Value, clock.GetUtcNow());
        foreach (var match in matches)
        {
            var journalLine = book[match.JournalLineId];
            byId[match.StatementLineId].Match(journalLine.JournalLineId, account.Id, journalLine.Debit, journalLine.Credit, by, at, automatically: true);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new AutoMatchResultDto(matches.Count, matches.Count(m => m.ByReference), lines.Count - matches.Count);
    }
}
