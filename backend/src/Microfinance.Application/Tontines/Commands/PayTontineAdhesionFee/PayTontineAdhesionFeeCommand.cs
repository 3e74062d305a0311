using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Tontines.Commands.PayTontineAdhesionFee;

/// <summary>The fee of a validated adhesion, paid at the counter; by mobile money it is a payment (purpose TontineAdhesionFee).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record PayTontineAdhesionFeeCommand(Channel Channel) : ICommand<TontineAdhesionDto>
{
    [JsonIgnore] public Guid Id { get; init; }
}
