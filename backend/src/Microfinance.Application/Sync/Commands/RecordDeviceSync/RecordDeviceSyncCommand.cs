namespace Microfinance.Application.Sync.Commands.RecordDeviceSync;

/// <summary>Notes that a batch of the caller's phone was just processed (its <c>lastSyncedAt</c>), after the batch's operations.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RecordDeviceSyncCommand(string DeviceId) : ICommand<Unit>;
