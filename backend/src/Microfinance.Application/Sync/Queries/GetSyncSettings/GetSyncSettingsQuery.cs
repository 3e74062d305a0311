namespace Microfinance.Application.Sync.Queries.GetSyncSettings;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record GetSyncSettingsQuery : IRequest<SyncSettingsDto>;
