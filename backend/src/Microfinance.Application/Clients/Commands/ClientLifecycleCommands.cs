using Microfinance.Application.Clients.Queries;
using Microfinance.Domain.Clients;
using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Clients.Commands;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record SuspendClientCommand(Guid Id) : ICommand<ClientDto>;

[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record ReactivateClientCommand(Guid Id) : ICommand<ClientDto>;

/// <summary>Closes a client whose accounts are all closed.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CloseClientCommand(Guid Id) : ICommand<ClientDto>;

/// <summary>Removes a client registered by mistake: only one with no account and no operation.</summary>
[Authorize(Roles.Supervisor, Roles.SfdAdmin)]
public sealed record DeleteClientCommand(Guid Id) : ICommand<Unit>;

public sealed class ClientLifecycleHandlers(IApplicationDbContext db, ClientReader reader)
    : IRequestHandler<SuspendClientCommand, ClientDto>,
      IRequestHandler<ReactivateClientCommand, ClientDto>,
      IRequestHandler<CloseClientCommand, ClientDto>,
      IRequestHandler<DeleteClientCommand, Unit>
{
    public Task<ClientDto> Handle(SuspendClientCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, c => c.Suspend(), cancellationToken);

    public Task<ClientDto> Handle(ReactivateClientCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, c => c.Reactivate(), cancellationToken);

    public async Task<ClientDto> Handle(CloseClientCommand request, CancellationToken cancellationToken)
    {
        var open = await db.DepositAccounts.CountAsync(a => a.ClientId == request.Id && a.Status != DepositAccountStatus.Closed, cancellationToken);
        if (open > 0)
            throw new ConflictException("client_has_open_accounts", $"Close the client's {open} open account(s) first.");
        return await ChangeAsync(request.Id, c => c.Close(), cancellationToken);
    }

    public async Task<Unit> Handle(DeleteClientCommand request, CancellationToken cancellationToken)
    {
        var client = await FindAsync(request.Id, cancellationToken);
        var accounts = await db.DepositAccounts.CountAsync(a => a.ClientId == client.Id, cancellationToken);
        if (accounts > 0)
            throw new ConflictException("client_has_accounts",
                $"The client has {accounts} account(s) and their history: close the client instead of deleting it.");
        db.Clients.Remove(client);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<ClientDto> ChangeAsync(Guid id, Action<Client> change, CancellationToken ct)
    {
        var client = await FindAsync(id, ct);
        change(client);
        await db.SaveChangesAsync(ct);
        return await reader.GetAsync(client.Id, ct);
    }

    private async Task<Client> FindAsync(Guid id, CancellationToken ct) =>
        await db.Clients.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Client", id);
}
