using Microfinance.Application.Deposits.Queries.ListTransactions;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>
/// The transaction explorer's selection — its cumulative filters and its sort — shared by its page
/// (<see cref="ListTransactionsQueryHandler"/>) and its export, so that a file holds exactly the rows the screen selects.
/// </summary>
public sealed class TransactionExplorer(IApplicationDbContext db, DepositReader reader)
{
    public IQueryable<AccountTransaction> Filtered(ListTransactionsQuery q)
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
        if (q.CategoryId is { } category) transactions = transactions.Where(t => t.CategoryId == category);
        if (q.Categorized is { } categorized) transactions = transactions.Where(t => (t.CategoryId != null) == categorized);
        return transactions;
    }

    /// <summary>The filtered movements as the API shows them, in the order asked for.</summary>
    public async Task<IQueryable<TransactionDto>> SortedAsync(ListTransactionsQuery q, CancellationToken ct) =>
        Sorted(await reader.TransactionsAsync(ct, Filtered(q)), q.Sort);

    private static IQueryable<TransactionDto> Sorted(IQueryable<TransactionDto> transactions, string? sort) => sort switch
    {
        "date" => transactions.OrderBy(t => t.ValueDate).ThenBy(t => t.CreatedAt).ThenBy(t => t.Sequence),
        "-date" => transactions.OrderByDescending(t => t.ValueDate).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "amount" => transactions.OrderBy(t => t.Amount).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "-amount" => transactions.OrderByDescending(t => t.Amount).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        // By the category's name, uncategorised movements last either way; newest first within a category.
        "category" => transactions.OrderBy(t => t.CategoryName == null).ThenBy(t => t.CategoryName)
            .ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "-category" => transactions.OrderBy(t => t.CategoryName == null).ThenByDescending(t => t.CategoryName)
            .ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        _ => transactions.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
    };
}
