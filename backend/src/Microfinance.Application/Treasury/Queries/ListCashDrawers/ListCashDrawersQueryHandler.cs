namespace Microfinance.Application.Treasury.Queries.ListCashDrawers;

public sealed class ListCashDrawersQueryHandler(IApplicationDbContext db, CashDrawerReader reader, ICurrentUser user)
    : IRequestHandler<ListCashDrawersQuery, PagedList<CashDrawerDto>>
{
    public Task<PagedList<CashDrawerDto>> Handle(ListCashDrawersQuery q, CancellationToken cancellationToken)
    {
        var sessions = db.CashDrawerSessions.AsQueryable();
        if (user.Role == Roles.Agent) sessions = sessions.Where(s => s.UserId == user.UserId);
        if (q.Status is { } status) sessions = sessions.Where(s => s.Status == status);
        if (q.BranchId is { } branch) sessions = sessions.Where(s => s.BranchId == branch);
        if (q.UserId is { } holder) sessions = sessions.Where(s => s.UserId == holder);
        if (q.From is { } from) sessions = sessions.Where(s => s.BusinessDate >= from);
        if (q.To is { } to) sessions = sessions.Where(s => s.BusinessDate <= to);
        return reader.PageAsync(sessions, q.Page, q.PageSize, cancellationToken);
    }
}
