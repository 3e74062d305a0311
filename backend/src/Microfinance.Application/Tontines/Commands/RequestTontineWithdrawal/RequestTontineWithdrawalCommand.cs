using System.Text.Json.Serialization;

namespace Microfinance.Application.Tontines.Commands.RequestTontineWithdrawal;

/// <summary>Asks to pay out part of a participant's savings; another user decides.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record RequestTontineWithdrawalCommand(decimal Amount) : ICommand<TontineWithdrawalDto>
{
    [JsonIgnore] public Guid ParticipantId { get; init; }
}
