namespace Microfinance.Application.Clients.Commands.SuspendClient;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record SuspendClientCommand(Guid Id) : ICommand<ClientDto>;
