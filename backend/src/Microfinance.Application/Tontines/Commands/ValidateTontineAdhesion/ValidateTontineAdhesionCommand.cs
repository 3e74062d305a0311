namespace Microfinance.Application.Tontines.Commands.ValidateTontineAdhesion;

/// <summary>The client's identity was checked: the adhesion's fee may be paid.</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ValidateTontineAdhesionCommand(Guid Id) : ICommand<TontineAdhesionDto>;
