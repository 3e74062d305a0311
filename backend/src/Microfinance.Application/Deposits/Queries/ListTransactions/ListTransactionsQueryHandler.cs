namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryHandler(TransactionExplorer explorer)
    : IRequestHandler<ListTransactionsQuery, TransactionPageDto>
{
    public async Task<TransactionPageDto> Handle(ListTransactionsQuery q, CancellationToken cancellationToken)
    {
        var selected = explorer.Filtered(q);
        // Counted on the movements alone: every movement has its client and its journal entry, so the rows' joins for
        // their words change nothing but the cost (over a million movements, the count would join them all).
        var totalCount = await selected.CountAsync(cancellationToken);
        var items = await (await explorer.SortedAsync(q, cancellationToken)).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .ToListAsync(cancellationToken);
        var totals = await selected.GroupBy(_ => 1)
            .Select(g => new TransactionTotalsDto(
                g.Sum(t => t.IsCredit ? t.Amount : 0), g.Sum(t => t.IsCredit ? 0 : t.Amount)))
            .FirstOrDefaultAsync(cancellationToken) ?? new TransactionTotalsDto(0, 0);
        return new TransactionPageDto(items, q.Page, q.PageSize, totalCount, totals);
    }
}
