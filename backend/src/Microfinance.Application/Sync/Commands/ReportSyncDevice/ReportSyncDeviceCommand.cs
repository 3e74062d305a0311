using System.Text.Json.Serialization;

namespace Microfinance.Application.Sync.Commands.ReportSyncDevice;

/// <summary>A phone says how its offline queue stands: sent after every sync attempt, and when its queue changed while online.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReportSyncDeviceCommand(int Pending, int Refused, DateTimeOffset? OldestPendingAt) : ICommand<Unit>
{
    [JsonIgnore] public string DeviceId { get; init; } = "";
}
