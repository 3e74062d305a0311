using System.Text.Json.Serialization;

namespace Microfinance.Application.Tontines.Commands.UpdateTontine;

/// <summary>New terms for new adhesions; participants keep the daily amount and cycle they joined with.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record UpdateTontineCommand(string Name, decimal MinDailyAmount, decimal MaxDailyAmount, decimal AdhesionFee, int CycleLengthDays)
    : ICommand<TontineDto>, ITontineFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
