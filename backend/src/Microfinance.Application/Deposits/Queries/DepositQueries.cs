using Microfinance.Application.Common.Money;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Deposits.Queries;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListDepositProductsQuery(bool? IsActive = null) : IRequest<IReadOnlyList<DepositProductDto>>;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetDepositProductQuery(Guid Id) : IRequest<DepositProductDto>;

/// <summary>Accounts, filtered by client, status (e.g. <c>Requested</c> for the supervisor's inbox), branch or number.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListAccountsQuery(
    Guid? ClientId = null, DepositAccountStatus? Status = null, Guid? BranchId = null, string? Search = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<DepositAccountDto>>, IPageRequest;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetAccountQuery(Guid Id) : IRequest<DepositAccountDto>;

/// <summary>A receipt: one movement with its account, client and journal entry.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetTransactionQuery(Guid Id) : IRequest<TransactionDto>;

/// <summary>Recent movements across accounts, newest first (a client's sheet, an agent's day).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListTransactionsQuery(Guid? ClientId = null, Guid? AccountId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<TransactionDto>>, IPageRequest;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record ListWithdrawalRequestsQuery(WithdrawalRequestStatus? Status = null, Guid? AccountId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<WithdrawalRequestDto>>, IPageRequest;

/// <summary>Movements valued between <see cref="From"/> and <see cref="To"/> with the balance before them and running balances.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin, Roles.Accountant, Roles.Auditor)]
public sealed record GetStatementQuery(Guid AccountId, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50)
    : IRequest<StatementDto>, IPageRequest;

public sealed class ListAccountsQueryValidator : AbstractValidator<ListAccountsQuery>
{
    public ListAccountsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListTransactionsQueryValidator : AbstractValidator<ListTransactionsQuery>
{
    public ListTransactionsQueryValidator() => this.AddPagingRules();
}

public sealed class ListWithdrawalRequestsQueryValidator : AbstractValidator<ListWithdrawalRequestsQuery>
{
    public ListWithdrawalRequestsQueryValidator() => this.AddPagingRules();
}

public sealed class GetStatementQueryValidator : AbstractValidator<GetStatementQuery>
{
    public GetStatementQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

public sealed class DepositQueryHandlers(IApplicationDbContext db, DepositReader reader, InstitutionProfile institution)
    : IRequestHandler<ListDepositProductsQuery, IReadOnlyList<DepositProductDto>>,
      IRequestHandler<GetDepositProductQuery, DepositProductDto>,
      IRequestHandler<ListAccountsQuery, PagedList<DepositAccountDto>>,
      IRequestHandler<GetAccountQuery, DepositAccountDto>,
      IRequestHandler<GetTransactionQuery, TransactionDto>,
      IRequestHandler<ListTransactionsQuery, PagedList<TransactionDto>>,
      IRequestHandler<ListWithdrawalRequestsQuery, PagedList<WithdrawalRequestDto>>,
      IRequestHandler<GetStatementQuery, StatementDto>
{
    public async Task<IReadOnlyList<DepositProductDto>> Handle(ListDepositProductsQuery q, CancellationToken cancellationToken)
    {
        var products = db.DepositProducts.AsNoTracking();
        if (q.IsActive is { } active) products = products.Where(p => p.IsActive == active);
        return await products.OrderBy(p => p.Code).ProjectToDto().ToListAsync(cancellationToken);
    }

    public async Task<DepositProductDto> Handle(GetDepositProductQuery q, CancellationToken cancellationToken) =>
        await db.DepositProducts.AsNoTracking().Where(p => p.Id == q.Id).ProjectToDto().FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Deposit product", q.Id);

    public async Task<PagedList<DepositAccountDto>> Handle(ListAccountsQuery q, CancellationToken cancellationToken)
    {
        var accounts = await reader.AccountsAsync(cancellationToken);
        if (q.ClientId is { } client) accounts = accounts.Where(a => a.ClientId == client);
        if (q.Status is { } status) accounts = accounts.Where(a => a.Status == status);
        if (q.BranchId is { } branch) accounts = accounts.Where(a => a.BranchId == branch);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var search = q.Search.Trim().ToLower();
            accounts = accounts.Where(a => a.Number.ToLower().Contains(search) || a.ClientName.ToLower().Contains(search));
        }
        return await PagedList<DepositAccountDto>.CreateAsync(accounts.OrderBy(a => a.Number), q.Page, q.PageSize, cancellationToken);
    }

    public Task<DepositAccountDto> Handle(GetAccountQuery q, CancellationToken cancellationToken) => reader.AccountAsync(q.Id, cancellationToken);

    public Task<TransactionDto> Handle(GetTransactionQuery q, CancellationToken cancellationToken) => reader.TransactionAsync(q.Id, cancellationToken);

    public async Task<PagedList<TransactionDto>> Handle(ListTransactionsQuery q, CancellationToken cancellationToken)
    {
        var transactions = await reader.TransactionsAsync(cancellationToken);
        if (q.AccountId is { } account) transactions = transactions.Where(t => t.AccountId == account);
        if (q.ClientId is { } client)
            transactions = transactions.Where(t => db.DepositAccounts.Any(a => a.Id == t.AccountId && a.ClientId == client));
        return await PagedList<TransactionDto>.CreateAsync(transactions.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Sequence),
            q.Page, q.PageSize, cancellationToken);
    }

    public async Task<PagedList<WithdrawalRequestDto>> Handle(ListWithdrawalRequestsQuery q, CancellationToken cancellationToken)
    {
        var requests = await reader.WithdrawalRequestsAsync(cancellationToken);
        if (q.Status is { } status) requests = requests.Where(w => w.Status == status);
        if (q.AccountId is { } account) requests = requests.Where(w => w.AccountId == account);
        return await PagedList<WithdrawalRequestDto>.CreateAsync(requests.OrderBy(w => w.RequestedAt), q.Page, q.PageSize, cancellationToken);
    }

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
