using System.Text.Json.Serialization;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Tontines.Commands.ContributeToTontine;

/// <summary>
/// Fills the participant's next booklet cells, paid at the counter: a number of <see cref="Days"/>, or an
/// <see cref="Amount"/> that is a whole number of days. By mobile money it is a payment (purpose TontineContribution).
/// <see cref="ValueDate"/>: the day it was collected, today unless given, never in the future (a collection recorded offline).
/// </summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ContributeToTontineCommand(Channel Channel, int? Days = null, decimal? Amount = null, DateOnly? ValueDate = null) : ICommand<ContributionReceiptDto>
{
    [JsonIgnore] public Guid ParticipantId { get; init; }
}
