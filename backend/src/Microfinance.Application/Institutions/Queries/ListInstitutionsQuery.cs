
namespace Microfinance.Application.Institutions.Queries;

[Authorize(Roles.PlatformAdmin)]
public sealed record ListInstitutionsQuery(string? Search = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<InstitutionDto>>, IPageRequest;

public sealed class ListInstitutionsQueryValidator : AbstractValidator<ListInstitutionsQuery>
{
    public ListInstitutionsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

public sealed class ListInstitutionsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListInstitutionsQuery, PagedList<InstitutionDto>>
{
    public Task<PagedList<InstitutionDto>> Handle(ListInstitutionsQuery request, CancellationToken cancellationToken)
    {
        var institutions = db.Institutions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim().ToLower();
            institutions = institutions.Where(i => i.Name.ToLower().Contains(search) || i.Code.ToLower().Contains(search));
        }
        return PagedList<InstitutionDto>.CreateAsync(
            institutions.OrderBy(i => i.Name).ProjectToDto(), request.Page, request.PageSize, cancellationToken);
    }
}
