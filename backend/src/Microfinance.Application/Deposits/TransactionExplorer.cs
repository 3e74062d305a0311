using Microfinance.Application.Common.Money;
using Microfinance.Application.Deposits.Queries.ListTransactions;
using Microfinance.Domain.Reporting;

namespace Microfinance.Application.Deposits;

/// <summary>
/// The transaction explorer's selection — its cumulative filters and its sort — over every movement of the institution
/// (the view <see cref="Movement"/>: account movements, loan repayments, opening fees, cash disbursements), shared by
/// its page (<see cref="ListTransactionsQueryHandler"/>) and its export, so that a file holds exactly the rows the
/// screen selects. Each filter is a plain column comparison, which PostgreSQL pushes down into each part of the view.
/// </summary>
public sealed class TransactionExplorer(IApplicationDbContext db, InstitutionProfile institution)
{
    public IQueryable<Movement> Filtered(ListTransactionsQuery q)
    {
        var movements = db.Movements.AsNoTracking();
        if (q.AccountId is { } account) movements = movements.Where(t => t.AccountId == account);
        if (q.ClientId is { } client) movements = movements.Where(t => t.ClientId == client);
        if (q.BranchId is { } branch) movements = movements.Where(t => t.BranchId == branch);
        if (q.From is { } from) movements = movements.Where(t => t.ValueDate >= from);
        if (q.To is { } to) movements = movements.Where(t => t.ValueDate <= to);
        if (q.Type is { } type) movements = movements.Where(t => t.Type == type);
        if (q.Channel is { } channel) movements = movements.Where(t => t.Channel == channel);
        if (q.MinAmount is { } min) movements = movements.Where(t => t.Amount >= min);
        if (q.MaxAmount is { } max) movements = movements.Where(t => t.Amount <= max);
        if (q.AgentId is { } agent) movements = movements.Where(t => t.CreatedBy == agent);
        if (q.Reversed is { } reversed) movements = movements.Where(t => (t.ReversedAt != null) == reversed);
        if (q.CategoryId is { } category) movements = movements.Where(t => t.CategoryId == category);
        if (q.Categorized is { } categorized) movements = movements.Where(t => (t.CategoryId != null) == categorized);
        return movements;
    }

    /// <summary>The filtered movements as the API shows them, in the order asked for.</summary>
    public async Task<IQueryable<MovementDto>> SortedAsync(ListTransactionsQuery q, CancellationToken ct)
    {
        var currency = await institution.CurrencyAsync(ct);
        var shown =
            from t in Filtered(q)
            join c in db.Clients on t.ClientId equals c.Id
            join e in db.JournalEntries on t.JournalEntryId equals e.Id
            join a in db.DepositAccounts on t.AccountId equals a.Id into onAccount
            from a in onAccount.DefaultIfEmpty()
            join l in db.Loans on t.LoanId equals l.Id into onLoan
            from l in onLoan.DefaultIfEmpty()
            join k in db.TransactionCategories on t.CategoryId equals k.Id into tagged
            from k in tagged.DefaultIfEmpty()
            select new MovementDto
            {
                Id = t.Id,
                Source = t.Source,
                Type = t.Type,
                Amount = t.Amount,
                IsCredit = t.IsCredit,
                Currency = currency,
                ValueDate = t.ValueDate,
                Channel = t.Channel,
                Reference = t.Reference,
                ClientId = t.ClientId,
                ClientName = c.FirstName + " " + c.LastName,
                ClientNumber = c.Number,
                BranchId = t.BranchId,
                AccountId = t.AccountId,
                AccountNumber = a.Number,
                LoanId = t.LoanId,
                LoanNumber = l.Number,
                BalanceAfter = t.BalanceAfter,
                JournalEntryId = t.JournalEntryId,
                JournalEntryNumber = e.Number,
                Sequence = t.Sequence,
                CreatedBy = t.CreatedBy,
                CreatedAt = t.CreatedAt,
                ReversedAt = t.ReversedAt,
                CategoryId = t.CategoryId,
                CategoryName = k.Name,
            };
        return Sorted(shown, q.Sort);
    }

    private static IQueryable<MovementDto> Sorted(IQueryable<MovementDto> movements, string? sort) => sort switch
    {
        "date" => movements.OrderBy(t => t.ValueDate).ThenBy(t => t.CreatedAt).ThenBy(t => t.Sequence),
        "-date" => movements.OrderByDescending(t => t.ValueDate).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "amount" => movements.OrderBy(t => t.Amount).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "-amount" => movements.OrderByDescending(t => t.Amount).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        // By the category's name, uncategorised movements last either way; newest first within a category.
        "category" => movements.OrderBy(t => t.CategoryName == null).ThenBy(t => t.CategoryName)
            .ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        "-category" => movements.OrderBy(t => t.CategoryName == null).ThenByDescending(t => t.CategoryName)
            .ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
        _ => movements.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
    };
}
