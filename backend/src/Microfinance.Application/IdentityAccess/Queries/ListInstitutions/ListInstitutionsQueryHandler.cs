namespace Microfinance.Application.IdentityAccess.Queries.ListInstitutions;

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
