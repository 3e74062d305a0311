namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryHandler(IApplicationDbContext db, DepositReader reader)
    : IRequestHandler<ListTransactionsQuery, PagedList<TransactionDto>>
{
    public async Task<PagedList<TransactionDto>> Handle(ListTransactionsQuery q, CancellationToken cancellationToken)
    {
        var transactions = await reader.TransactionsAsync(cancellationToken);
        if (q.AccountId is { } account) transactions = transactions.Where(t => t.AccountId == account);
        if (q.ClientId is { } client)
            transactions = transactions.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.ClientId == client));
        return await PagedList<TransactionDto>.CreateAsync(transactions.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
            q.Page, q.PageSize, cancellationToken);
    }
}
