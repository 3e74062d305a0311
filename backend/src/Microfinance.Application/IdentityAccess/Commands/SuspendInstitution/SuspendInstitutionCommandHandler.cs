namespace Microfinance.Application.IdentityAccess.Commands.SuspendInstitution;

public sealed class SuspendInstitutionCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<SuspendInstitutionCommand, InstitutionDto>
{
    public async Task<InstitutionDto> Handle(SuspendInstitutionCommand request, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.GetAsync(request.Id, "Institution", cancellationToken);
        institution.Suspend();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return institution.ToDto();
    }
}
