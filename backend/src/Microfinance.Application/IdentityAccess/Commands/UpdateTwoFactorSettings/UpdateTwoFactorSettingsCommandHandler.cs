namespace Microfinance.Application.IdentityAccess.Commands.UpdateTwoFactorSettings;

public sealed class UpdateTwoFactorSettingsCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant)
    : IRequestHandler<UpdateTwoFactorSettingsCommand, TwoFactorSettingsDto>
{
    public async Task<TwoFactorSettingsDto> Handle(UpdateTwoFactorSettingsCommand r, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstAsync(i => i.Id == tenant.RequiredInstitutionId, cancellationToken);
        institution.RequireTwoFactorFor(r.RequiredRoles);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TwoFactorSettingsDto(Roles.AlwaysTwoFactor, institution.TwoFactorRoles);
    }
}
