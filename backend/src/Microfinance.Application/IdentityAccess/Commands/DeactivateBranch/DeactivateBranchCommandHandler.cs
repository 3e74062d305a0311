namespace Microfinance.Application.IdentityAccess.Commands.DeactivateBranch;

public sealed class DeactivateBranchCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<DeactivateBranchCommand, BranchDto>
{
    public async Task<BranchDto> Handle(DeactivateBranchCommand request, CancellationToken cancellationToken)
    {
        var branch = await db.Branches.GetAsync(request.Id, "Branch", cancellationToken);
        branch.Deactivate();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return branch.ToDto();
    }
}
