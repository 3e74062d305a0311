using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Deposits.Queries.GetStatement;

public sealed class GetStatementQueryHandler(IApplicationDbContext db, DepositReader reader, InstitutionProfile institution)
    : IRequestHandler<GetStatementQuery, StatementDto>
{
    /// <summary>
    /// Value dates never go back on an account (the domain refuses it), so sequence order is value-date order and
    /// each line's stored balance is its running balance. Counting, balances and the page's cut read the movements
    /// table alone (its (account, sequence) index); only the page's 50 rows are joined for names and entry numbers.
    /// </summary>
    public async Task<StatementDto> Handle(GetStatementQuery q, CancellationToken cancellationToken)
    {
        var account = await reader.AccountAsync(q.AccountId, cancellationToken);
        var all = db.AccountTransactions.AsNoTracking().Where(t => t.AccountId == q.AccountId);
        var inRange = all;
        if (q.From is { } from) inRange = inRange.Where(t => t.ValueDate >= from);
        if (q.To is { } to) inRange = inRange.Where(t => t.ValueDate <= to);

        var before = q.From is { } start
            ? await all.Where(t => t.ValueDate < start).OrderByDescending(t => t.Sequence).Select(t => (decimal?)t.BalanceAfter).FirstOrDefaultAsync(cancellationToken) ?? 0
            : 0;
        var closing = await inRange.OrderByDescending(t => t.Sequence).Select(t => (decimal?)t.BalanceAfter).FirstOrDefaultAsync(cancellationToken) ?? before;
        var total = await inRange.CountAsync(cancellationToken);
        var cut = inRange.OrderBy(t => t.Sequence).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize);
        var items = await (await reader.TransactionsAsync(cancellationToken, cut)).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        return new StatementDto(account.Id, account.Number, account.ClientName, await institution.CurrencyAsync(cancellationToken), q.From, q.To,
            before, closing, items, q.Page, q.PageSize, total);
    }
}
