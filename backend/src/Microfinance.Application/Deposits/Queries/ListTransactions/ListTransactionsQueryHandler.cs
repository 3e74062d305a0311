using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries.ListTransactions;

public sealed class ListTransactionsQueryHandler(IApplicationDbContext db, DepositReader reader)
    : IRequestHandler<ListTransactionsQuery, TransactionPageDto>
{
    public async Task<TransactionPageDto> Handle(ListTransactionsQuery q, CancellationToken cancellationToken)
    {
        var selected = Filtered(q);
        var page = await PagedList<TransactionDto>.CreateAsync(Sorted(await reader.TransactionsAsync(cancellationToken, selected), q.Sort),
            q.Page, q.PageSize, cancellationToken);
        var totals = await selected.GroupBy(_ => 1)
            .Select(g => new TransactionTotalsDto(
                g.Sum(t => t.IsCredit ? t.Amount : 0), g.Sum(t => t.IsCredit ? 0 : t.Amount)))
            .FirstOrDefaultAsync(cancellationToken) ?? new TransactionTotalsDto(0, 0);
        return new TransactionPageDto(page.Items, page.Page, page.PageSize, page.TotalCount, totals);
    }

    private IQueryable<AccountTransaction> Filtered(ListTransactionsQuery q)
    {
        var transactions = db.AccountTransactions.AsNoTracking();
        if (q.AccountId is { } account) transactions = transactions.Where(t => t.AccountId == account);
        if (q.ClientId is { } client) transactions = transactions.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.ClientId == client));
        if (q.BranchId is { } branch) transactions = transactions.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.BranchId == branch));
        if (q.From is { } from) transactions = transactions.Where(t => t.ValueDate >= from);
        if (q.To is { } to) transactions = transactions.Where(t => t.ValueDate <= to);
        if (q.Type is { } type) transactions = transactions.Where(t => t.Type == type);
        if (q.Channel is { } channel) transactions = transactions.Where(t => t.Channel == channel);
        if (q.MinAmount is { } min) transactions = transactions.Where(t => t.Amount >= min);
        if (q.MaxAmount is { } max) transactions = transactions.Where(t => t.Amount <= max);
        if (q.AgentId is { } agent) transactions = transactions.Where(t => t.CreatedBy == agent);
        if (q.Reversed is { } reversed) transactions = transactions.Where(t => (t.ReversedAt != null) == reversed);
        return transactions;
    }

    private static IQueryable<TransactionDto> Sorted(IQueryable<TransactionDto> transactions, string? sort) => sort switch
    {
        "date" => transactions.OrderBy(t => t.ValueDate).ThenBy(t => t.CreatedAt).ThenBy(t => t.Sequence),
        "-date" => transactions.OrderByDescending(t => t.ValueDate).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "amount" => transactions.OrderBy(t => t.Amount).ThenByDescending(t => t.CreatedAt),
        "-amount" => transactions.OrderByDescending(t => t.Amount).ThenByDescending(t => t.CreatedAt),
        _ => transactions.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
    };
}
