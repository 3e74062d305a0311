namespace Microfinance.Application.Sync.Queries.ListSyncDevices;

/// <summary>The phones' offline queues, most pending first: a supervisor's branch, or the whole institution for its admin.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ListSyncDevicesQuery : IRequest<IReadOnlyList<SyncDeviceDto>>;
