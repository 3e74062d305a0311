namespace Microfinance.Application.Sync.Commands.UpdateSyncSettings;

public sealed class UpdateSyncSettingsCommandHandler(IApplicationDbContext db, ITenantContext tenant) : IRequestHandler<UpdateSyncSettingsCommand, SyncSettingsDto>
{
    public async Task<SyncSettingsDto> Handle(UpdateSyncSettingsCommand r, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstAsync(i => i.Id == tenant.RequiredInstitutionId, cancellationToken);
        institution.SetOfflineToleranceDays(r.OfflineToleranceDays);
        // Saved with the commit, which forgets the cached profile: the next batch sees the new tolerance (ReferenceDataCache).
        return new SyncSettingsDto(institution.OfflineToleranceDays);
    }
}
