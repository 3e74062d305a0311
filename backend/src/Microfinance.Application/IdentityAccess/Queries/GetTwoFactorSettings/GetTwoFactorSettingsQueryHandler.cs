namespace Microfinance.Application.IdentityAccess.Queries.GetTwoFactorSettings;

public sealed class GetTwoFactorSettingsQueryHandler(IApplicationDbContext db, ITenantContext tenant)
    : IRequestHandler<GetTwoFactorSettingsQuery, TwoFactorSettingsDto>
{
    public async Task<TwoFactorSettingsDto> Handle(GetTwoFactorSettingsQuery q, CancellationToken cancellationToken)
    {
        var roles = await db.Institutions.AsNoTracking().Where(i => i.Id == tenant.RequiredInstitutionId)
            .Select(i => i.TwoFactorRoles).FirstAsync(cancellationToken);
        return new TwoFactorSettingsDto(Roles.AlwaysTwoFactor, roles);
    }
}
