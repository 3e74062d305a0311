namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryHandler(TransactionExplorer explorer)
    : IRequestHandler<ListTransactionsQuery, TransactionPageDto>
{
    public async Task<TransactionPageDto> Handle(ListTransactionsQuery q, CancellationToken cancellationToken)
    {
        var page = await PagedList<MovementDto>.CreateAsync(await explorer.SortedAsync(q, cancellationToken), q.Page, q.PageSize, cancellationToken);
        var totals = await explorer.Filtered(q).GroupBy(_ => 1)
            .Select(g => new TransactionTotalsDto(
                g.Sum(t => t.IsCredit ? t.Amount : 0), g.Sum(t => t.IsCredit ? 0 : t.Amount)))
            .FirstOrDefaultAsync(cancellationToken) ?? new TransactionTotalsDto(0, 0);
        return new TransactionPageDto(page.Items, page.Page, page.PageSize, page.TotalCount, totals);
    }
}
