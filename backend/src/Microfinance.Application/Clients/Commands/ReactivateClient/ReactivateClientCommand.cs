namespace Microfinance.Application.Clients.Commands.ReactivateClient;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReactivateClientCommand(Guid Id) : ICommand<ClientDto>;
