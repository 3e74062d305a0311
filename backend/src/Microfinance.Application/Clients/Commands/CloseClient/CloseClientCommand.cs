namespace Microfinance.Application.Clients.Commands.CloseClient;

/// <summary>Closes a client whose accounts are all closed.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CloseClientCommand(Guid Id) : ICommand<ClientDto>;
