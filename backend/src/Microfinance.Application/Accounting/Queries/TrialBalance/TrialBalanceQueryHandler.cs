namespace Microfinance.Application.Accounting.Queries.TrialBalance;

public sealed class TrialBalanceQueryHandler(IApplicationDbContext db, Common.Money.InstitutionProfile institution)
    : IRequestHandler<TrialBalanceQuery, TrialBalanceDto>
{
    public async Task<TrialBalanceDto> Handle(TrialBalanceQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? await institution.TodayAsync(cancellationToken);
        var totals = await LedgerTotals.ByAccountAsync(db, await institution.CurrentAsync(cancellationToken), null, asOf, cancellationToken);
        var accounts = await db.GlAccounts.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);

        var lines = accounts
            .Where(a => totals.ContainsKey(a.Id))
            .Select(a =>
            {
                var t = totals[a.Id];
                return new TrialBalanceLineDto(a.Id, a.Code, a.Name, a.Type, t.Debit, t.Credit, LedgerTotals.Balance(a, t.Debit, t.Credit));
            })
            .ToList();
        return new TrialBalanceDto(asOf, lines, lines.Sum(l => l.Debit), lines.Sum(l => l.Credit));
    }
}
