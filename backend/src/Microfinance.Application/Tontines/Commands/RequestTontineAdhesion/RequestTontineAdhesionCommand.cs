using System.Text.Json.Serialization;

namespace Microfinance.Application.Tontines.Commands.RequestTontineAdhesion;

/// <summary>Records a client's request to join a tontine with a daily amount within its bounds.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RequestTontineAdhesionCommand(Guid ClientId, decimal DailyAmount) : ICommand<TontineAdhesionDto>
{
    [JsonIgnore] public Guid TontineId { get; init; }
}
