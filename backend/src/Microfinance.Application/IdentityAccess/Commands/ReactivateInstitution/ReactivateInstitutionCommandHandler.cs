namespace Microfinance.Application.IdentityAccess.Commands.ReactivateInstitution;

public sealed class ReactivateInstitutionCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<ReactivateInstitutionCommand, InstitutionDto>
{
    public async Task<InstitutionDto> Handle(ReactivateInstitutionCommand request, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.GetAsync(request.Id, "Institution", cancellationToken);
        institution.Reactivate();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return institution.ToDto();
    }
}
