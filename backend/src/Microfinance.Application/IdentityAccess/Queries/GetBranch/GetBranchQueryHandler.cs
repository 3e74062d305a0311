namespace Microfinance.Application.IdentityAccess.Queries.GetBranch;

public sealed class GetBranchQueryHandler(IApplicationDbContext db)
    : IRequestHandler<GetBranchQuery, BranchDto>
{
    public async Task<BranchDto> Handle(GetBranchQuery request, CancellationToken cancellationToken) =>
        await db.Branches.AsNoTracking().Where(b => b.Id == request.Id).ProjectToDto()
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Branch", request.Id);
}
