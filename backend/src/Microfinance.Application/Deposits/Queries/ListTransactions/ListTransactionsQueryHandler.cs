namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryHandler(TransactionExplorer explorer)
    : IRequestHandler<ListTransactionsQuery, TransactionPageDto>
{
    public async Task<TransactionPageDto> Handle(ListTransactionsQuery q, CancellationToken cancellationToken)
    {
        // Counted and totalled in one pass over the movements alone: every movement has its client and its journal entry,
        // so the rows' joins for their words change nothing but the cost (over a million movements, they would join them all).
        var summary = await explorer.Filtered(q).GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(), Credits = g.Sum(t => t.IsCredit ? t.Amount : 0), Debits = g.Sum(t => t.IsCredit ? 0 : t.Amount),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var items = await (await explorer.SortedAsync(q, cancellationToken)).Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .ToListAsync(cancellationToken);
        return new TransactionPageDto(items, q.Page, q.PageSize, summary?.Count ?? 0,
            new TransactionTotalsDto(summary?.Credits ?? 0, summary?.Debits ?? 0));
    }
}
