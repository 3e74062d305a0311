namespace Microfinance.Application.Tontines.Commands.OpenTontine;

[Authorize(Roles.SfdAdmin)]
public sealed record OpenTontineCommand(Guid Id) : ICommand<TontineDto>;
