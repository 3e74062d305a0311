namespace Microfinance.Application.Accounting.Queries.TrialBalance;

public sealed class TrialBalanceQueryHandler(IApplicationDbContext db, Common.Money.InstitutionProfile institution)
    : IRequestHandler<TrialBalanceQuery, TrialBalanceDto>
{
    public async Task<TrialBalanceDto> Handle(TrialBalanceQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? await institution.TodayAsync(cancellationToken);
        var totals = await (
            from l in db.JournalLines
            join e in db.JournalEntries on l.EntryId equals e.Id
            where e.ValueDate <= asOf
            group l by l.GlAccountId into g
            select new { GlAccountId = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }
        ).ToDictionaryAsync(t => t.GlAccountId, cancellationToken);
        var accounts = await db.GlAccounts.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);

        var lines = accounts
            .Where(a => totals.ContainsKey(a.Id))
            .Select(a =>
            {
                var t = totals[a.Id];
                return new TrialBalanceLineDto(a.Id, a.Code, a.Name, a.Type, t.Debit, t.Credit, a.IsDebitNormal ? t.Debit - t.Credit : t.Credit - t.Debit);
            })
            .ToList();
        return new TrialBalanceDto(asOf, lines, lines.Sum(l => l.Debit), lines.Sum(l => l.Credit));
    }
}
