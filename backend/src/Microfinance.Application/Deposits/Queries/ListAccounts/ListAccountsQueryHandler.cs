namespace Microfinance.Application.Deposits.Queries.ListAccounts;

public sealed class ListAccountsQueryHandler(DepositReader reader)
    : IRequestHandler<ListAccountsQuery, PagedList<DepositAccountDto>>
{
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
}
