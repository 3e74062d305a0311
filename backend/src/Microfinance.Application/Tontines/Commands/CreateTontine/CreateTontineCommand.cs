using Microfinance.Domain.Tontines;

namespace Microfinance.Application.Tontines.Commands.CreateTontine;

/// <summary>A new tontine, as a draft: it takes adhesions once opened.</summary>
[Authorize(Roles.SfdAdmin)]
public sealed record CreateTontineCommand(
    string Name, string Code, decimal MinDailyAmount, decimal MaxDailyAmount, decimal AdhesionFee, int CycleLengthDays = Tontine.DefaultCycleLengthDays)
    : ICommand<TontineDto>, ITontineFields;
