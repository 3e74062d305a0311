namespace Microfinance.Application.Treasury.Commands.UpdateTreasurySettings;

public sealed class UpdateTreasurySettingsCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, CashDrawerReader reader)
    : IRequestHandler<UpdateTreasurySettingsCommand, TreasurySettingsDto>
{
    public async Task<TreasurySettingsDto> Handle(UpdateTreasurySettingsCommand r, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstAsync(i => i.Id == tenant.RequiredInstitutionId, cancellationToken);
        institution.RequireOpenDrawerForCash(r.CashNeedsOpenDrawer);
        // The save forgets the cached profile, so the next posting sees the rule (ReferenceDataCache).
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.SettingsAsync(cancellationToken);
    }
}
