namespace Microfinance.Application.Loans.Queries.ListLoans;

public sealed class ListLoansQueryHandler(LoanReader reader)
    : IRequestHandler<ListLoansQuery, PagedList<LoanDto>>
{
    public async Task<PagedList<LoanDto>> Handle(ListLoansQuery q, CancellationToken cancellationToken)
    {
        var loans = await reader.LoansAsync(cancellationToken);
        if (q.Status is { } status) loans = loans.Where(l => l.Status == status);
        if (q.ClientId is { } client) loans = loans.Where(l => l.ClientId == client);
        if (q.BranchId is { } branch) loans = loans.Where(l => l.BranchId == branch);
        if (q.AgentId is { } agent) loans = loans.Where(l => l.CreatedBy == agent);
        if (q.InArrears is { } arrears) loans = loans.Where(l => (l.DaysInArrears > 0) == arrears);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var search = q.Search.Trim().ToLower();
            loans = loans.Where(l => l.Number.ToLower().Contains(search) || l.ClientName.ToLower().Contains(search));
        }
        return await PagedList<LoanDto>.CreateAsync(loans.OrderByDescending(l => l.CreatedAt), q.Page, q.PageSize, cancellationToken);
    }
}
