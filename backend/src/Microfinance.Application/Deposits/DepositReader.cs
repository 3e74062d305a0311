using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits;

/// <summary>Deposit accounts, movements and withdrawal requests as the API shows them; shared by commands and queries.</summary>
public sealed class DepositReader(IApplicationDbContext db, InstitutionProfile institution)
{
    public async Task<IQueryable<DepositAccountDto>> AccountsAsync(CancellationToken ct)
    {
        var currency = await institution.CurrencyAsync(ct);
        return
            from a in db.DepositAccounts.AsNoTracking()
            join c in db.Clients on a.ClientId equals c.Id
            join p in db.DepositProducts on a.ProductId equals p.Id
            join b in db.Branches on a.BranchId equals b.Id
            select new DepositAccountDto
            {
                Id = a.Id,
                Number = a.Number,
                ClientId = a.ClientId,
                ClientName = c.FirstName + " " + c.LastName,
                ClientNumber = c.Number,
                ProductId = a.ProductId,
                ProductName = p.Name,
                ProductKind = p.Kind,
                OpeningFee = p.OpeningFee,
                MinimumBalance = p.MinimumBalance,
                BranchId = a.BranchId,
                BranchName = b.Name,
                Status = a.Status,
                Balance = a.Balance,
                Currency = currency,
                RequestedBy = a.RequestedBy,
                RequestedAt = a.RequestedAt,
                ApprovedBy = a.ApprovedBy,
                ApprovedAt = a.ApprovedAt,
                ActivatedAt = a.ActivatedAt,
                ClosedAt = a.ClosedAt,
                RejectedBy = a.RejectedBy,
                RejectedAt = a.RejectedAt,
                RejectionReason = a.RejectionReason,
                OpeningFeePaid = a.OpeningFeePaid,
                OpeningFeeChannel = a.OpeningFeeChannel,
                OpeningFeeEntryNumber = db.JournalEntries.Where(e => e.Id == a.OpeningFeeEntryId).Select(e => (long?)e.Number).FirstOrDefault(),
            };
    }

    public async Task<DepositAccountDto> AccountAsync(Guid id, CancellationToken ct) =>
        await (await AccountsAsync(ct)).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Account", id);

    /// <summary>An account's movements valued from <paramref name="from"/> to <paramref name="to"/> (inclusive; open ends when null).</summary>
    public IQueryable<AccountTransaction> MovementsBetween(Guid accountId, DateOnly? from, DateOnly? to)
    {
        var movements = db.AccountTransactions.AsNoTracking().Where(t => t.AccountId == accountId);
        if (from is { } start) movements = movements.Where(t => t.ValueDate >= start);
        if (to is { } end) movements = movements.Where(t => t.ValueDate <= end);
        return movements;
    }

    /// <summary>
    /// A statement's opening balance (before <paramref name="from"/>) and closing balance (after its last movement up to
    /// <paramref name="to"/>). Value dates never go back on an account (the domain refuses it), so sequence order is
    /// value-date order and each line's stored balance is its running balance: both read the (account, sequence) index.
    /// </summary>
    public async Task<(decimal Opening, decimal Closing)> StatementBalancesAsync(Guid accountId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var opening = from is { } start
            ? await MovementsBetween(accountId, null, start.AddDays(-1)).OrderByDescending(t => t.Sequence).Select(t => (decimal?)t.BalanceAfter).FirstOrDefaultAsync(ct) ?? 0
            : 0;
        var closing = await MovementsBetween(accountId, from, to).OrderByDescending(t => t.Sequence).Select(t => (decimal?)t.BalanceAfter).FirstOrDefaultAsync(ct)
            ?? opening;
        return (opening, closing);
    }

    /// <summary>Movements as the API shows them: all of them, or those of <paramref name="source"/> (a page already cut).</summary>
    public async Task<IQueryable<TransactionDto>> TransactionsAsync(CancellationToken ct, IQueryable<AccountTransaction>? source = null)
    {
        var currency = await institution.CurrencyAsync(ct);
        return
            from t in source ?? db.AccountTransactions.AsNoTracking()
            join a in db.DepositAccounts on t.AccountId equals a.Id
            join c in db.Clients on a.ClientId equals c.Id
            join e in db.JournalEntries on t.JournalEntryId equals e.Id
            join k in db.TransactionCategories on t.CategoryId equals k.Id into tagged
            from k in tagged.DefaultIfEmpty()
            select new TransactionDto
            {
                Id = t.Id,
                AccountId = t.AccountId,
                AccountNumber = a.Number,
                ClientName = c.FirstName + " " + c.LastName,
                Sequence = t.Sequence,
                Type = t.Type,
                Amount = t.Amount,
                IsCredit = t.IsCredit,
                BalanceAfter = t.BalanceAfter,
                Currency = currency,
                ValueDate = t.ValueDate,
                Channel = t.Channel,
                Reference = t.Reference,
                JournalEntryId = t.JournalEntryId,
                JournalEntryNumber = e.Number,
                CounterpartAccountId = t.CounterpartAccountId,
                ReversesTransactionId = t.ReversesTransactionId,
                CreatedBy = t.CreatedBy,
                CreatedAt = t.CreatedAt,
                ReversedAt = t.ReversedAt,
                ReversalReason = t.ReversalReason,
                CategoryId = t.CategoryId,
                CategoryName = k.Name,
            };
    }

    public async Task<TransactionDto> TransactionAsync(Guid id, CancellationToken ct) =>
        await (await TransactionsAsync(ct)).FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("Transaction", id);

    /// <summary>The movement just posted, as <see cref="TransactionAsync(Guid, CancellationToken)"/> would read it back (a test holds them equal).</summary>
    public async Task<TransactionDto> TransactionAsync(PostedMovement posted, CancellationToken ct)
    {
        var t = posted.Transaction;
        return new TransactionDto
        {
            Id = t.Id,
            AccountId = t.AccountId,
            AccountNumber = posted.AccountNumber,
            ClientName = posted.HolderName,
            Sequence = t.Sequence,
            Type = t.Type,
            Amount = t.Amount,
            IsCredit = t.IsCredit,
            BalanceAfter = t.BalanceAfter,
            Currency = await institution.CurrencyAsync(ct),
            ValueDate = t.ValueDate,
            Channel = t.Channel,
            Reference = t.Reference,
            JournalEntryId = t.JournalEntryId,
            JournalEntryNumber = posted.JournalEntryNumber,
            CounterpartAccountId = t.CounterpartAccountId,
            ReversesTransactionId = t.ReversesTransactionId,
            CreatedBy = t.CreatedBy,
            CreatedAt = t.CreatedAt,
            ReversedAt = t.ReversedAt,
            ReversalReason = t.ReversalReason,
            CategoryId = t.CategoryId,
            CategoryName = posted.CategoryName,
        };
    }

    public async Task<IQueryable<WithdrawalRequestDto>> WithdrawalRequestsAsync(CancellationToken ct)
    {
        var currency = await institution.CurrencyAsync(ct);
        return
            from w in db.WithdrawalRequests.AsNoTracking()
            join a in db.DepositAccounts on w.AccountId equals a.Id
            join c in db.Clients on a.ClientId equals c.Id
            select new WithdrawalRequestDto
            {
                Id = w.Id,
                AccountId = w.AccountId,
                AccountNumber = a.Number,
                ClientName = c.FirstName + " " + c.LastName,
                Amount = w.Amount,
                Currency = currency,
                Channel = w.Channel,
                Reference = w.Reference,
                ValueDate = w.ValueDate,
                Status = w.Status,
                RequestedBy = w.RequestedBy,
                RequestedAt = w.RequestedAt,
                DecidedBy = w.DecidedBy,
                DecidedAt = w.DecidedAt,
                RejectionReason = w.RejectionReason,
                TransactionId = w.TransactionId,
            };
    }

    public async Task<WithdrawalRequestDto> WithdrawalRequestAsync(Guid id, CancellationToken ct) =>
        await (await WithdrawalRequestsAsync(ct)).FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Withdrawal request", id);
}
