namespace Microfinance.Application.Accounting.Queries.ListGlAccounts;

public sealed class ListGlAccountsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListGlAccountsQuery, IReadOnlyList<GlAccountDto>>
{
    public async Task<IReadOnlyList<GlAccountDto>> Handle(ListGlAccountsQuery request, CancellationToken cancellationToken)
    {
        var accounts = db.GlAccounts.AsNoTracking();
        if (request.Class is { } chartClass) accounts = accounts.Where(a => a.Class == chartClass);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim().ToLower();
            accounts = accounts.Where(a => a.Code.StartsWith(search) || a.Name.ToLower().Contains(search));
        }
        return await accounts.OrderBy(a => a.Code).ProjectToDto().ToListAsync(cancellationToken);
    }
}
