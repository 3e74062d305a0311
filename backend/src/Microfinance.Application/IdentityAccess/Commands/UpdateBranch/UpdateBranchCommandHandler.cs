namespace Microfinance.Application.IdentityAccess.Commands.UpdateBranch;

public sealed class UpdateBranchCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<UpdateBranchCommand, BranchDto>
{
    public async Task<BranchDto> Handle(UpdateBranchCommand request, CancellationToken cancellationToken)
    {
        var branch = await db.Branches.GetAsync(request.Id, "Branch", cancellationToken);
        branch.Rename(request.Name, request.Address);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return branch.ToDto();
    }
}
