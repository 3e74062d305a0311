namespace Microfinance.Application.Sync.Commands.UpdateSyncSettings;

/// <summary>How many days back an operation recorded offline is still accepted (0 to 7).</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateSyncSettingsCommand(int OfflineToleranceDays) : ICommand<SyncSettingsDto>;
