using Microfinance.Domain.Common;

namespace Microfinance.Application.Accounting.Commands.MatchBankStatementLine;

public sealed class MatchBankStatementLineCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, BankReconciliation reconciliation, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<MatchBankStatementLineCommand, BankStatementLineDto>
{
    public async Task<BankStatementLineDto> Handle(MatchBankStatementLineCommand r, CancellationToken cancellationToken)
    {
        var glAccountId = await reconciliation.LockLineAccountAsync(r.Id, cancellationToken);
        var line = await db.BankStatementLines.GetAsync(r.Id, "Statement line", cancellationToken);
        var journalLine = await db.JournalLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == r.JournalLineId, cancellationToken)
                          ?? throw new NotFoundException("Journal line", r.JournalLineId);
        if (await db.BankStatementLines.AnyAsync(l => l.MatchedJournalLineId == journalLine.Id, cancellationToken))
            throw new DomainException("journal_line_already_matched", "This journal line is already matched with another statement line.");
        line.Match(journalLine.Id, journalLine.GlAccountId, journalLine.Debit, journalLine.Credit, user.UserId!.Value, clock.GetUtcNow(), automatically: false);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BankStatementLineDto.From(line);
    }
}
