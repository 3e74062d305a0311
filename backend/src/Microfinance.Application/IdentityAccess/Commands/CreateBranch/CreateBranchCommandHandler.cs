namespace Microfinance.Application.IdentityAccess.Commands.CreateBranch;

public sealed class CreateBranchCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateBranchCommand, BranchDto>
{
    public async Task<BranchDto> Handle(CreateBranchCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim().ToUpperInvariant();
        if (await db.Branches.AnyAsync(b => b.Code == code, cancellationToken))
            throw new ConflictException("branch_code_taken", "A branch with code '{0}' already exists.", code);
        var branch = new Branch(tenant.RequiredInstitutionId, code, request.Name, request.Address, clock.GetUtcNow());
        db.Branches.Add(branch);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return branch.ToDto();
    }
}
