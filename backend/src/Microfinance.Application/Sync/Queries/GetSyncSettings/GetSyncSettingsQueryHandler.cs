using Microfinance.Application.Common.Money;

namespace Microfinance.Application.Sync.Queries.GetSyncSettings;

public sealed class GetSyncSettingsQueryHandler(InstitutionProfile institution) : IRequestHandler<GetSyncSettingsQuery, SyncSettingsDto>
{
    public async Task<SyncSettingsDto> Handle(GetSyncSettingsQuery q, CancellationToken cancellationToken) =>
        new((await institution.CurrentAsync(cancellationToken)).OfflineToleranceDays);
}
