namespace Microfinance.Application.IdentityAccess.Queries.ListBranches;

public sealed class ListBranchesQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListBranchesQuery, PagedList<BranchDto>>
{
    public Task<PagedList<BranchDto>> Handle(ListBranchesQuery request, CancellationToken cancellationToken)
    {
        var branches = db.Branches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim().ToLower();
            branches = branches.Where(b => b.Name.ToLower().Contains(search) || b.Code.ToLower().Contains(search));
        }
        if (request.IsActive is { } active)
            branches = branches.Where(b => b.IsActive == active);
        return PagedList<BranchDto>.CreateAsync(
            branches.OrderBy(b => b.Code).ProjectToDto(), request.Page, request.PageSize, cancellationToken);
    }
}
