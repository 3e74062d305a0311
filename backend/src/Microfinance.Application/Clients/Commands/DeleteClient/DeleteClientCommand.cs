namespace Microfinance.Application.Clients.Commands.DeleteClient;

/// <summary>Removes a client registered by mistake: only one with no account and no operation.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DeleteClientCommand(Guid Id) : ICommand<Unit>;
