using System.Text.Json.Serialization;

namespace Microfinance.Application.Tontines.Commands.RejectTontineAdhesion;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RejectTontineAdhesionCommand(string Reason) : ICommand<TontineAdhesionDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
