
namespace Microfinance.Application.Branches.Queries;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Accountant, Roles.Auditor)]
public sealed record ListBranchesQuery(string? Search = null, bool? IsActive = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<BranchDto>>, IPageRequest;

[Authorize(Roles.SfdAdmin, Roles.Supervisor, Roles.Accountant, Roles.Auditor)]
public sealed record GetBranchQuery(Guid Id) : IRequest<BranchDto>;

public sealed class ListBranchesQueryValidator : AbstractValidator<ListBranchesQuery>
{
    public ListBranchesQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class BranchQueryHandlers(IApplicationDbContext db)
    : IRequestHandler<ListBranchesQuery, PagedList<BranchDto>>,
      IRequestHandler<GetBranchQuery, BranchDto>
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

    public async Task<BranchDto> Handle(GetBranchQuery request, CancellationToken cancellationToken) =>
        await db.Branches.AsNoTracking().Where(b => b.Id == request.Id).ProjectToDto()
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Branch", request.Id);
}
