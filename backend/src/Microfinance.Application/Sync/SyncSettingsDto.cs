namespace Microfinance.Application.Sync;

public sealed record SyncSettingsDto(int OfflineToleranceDays);
