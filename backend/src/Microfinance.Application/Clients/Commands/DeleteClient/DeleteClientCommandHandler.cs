namespace Microfinance.Application.Clients.Commands.DeleteClient;

public sealed class DeleteClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteClientCommand, Unit>
{
    public async Task<Unit> Handle(DeleteClientCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.GetAsync(request.Id, "Client", cancellationToken);
        var accounts = await db.DepositAccounts.CountAsync(a => a.ClientId == client.Id, cancellationToken);
        if (accounts > 0)
            throw new ConflictException("client_has_accounts",
                "The client has {0} account(s) and their history: close the client instead of deleting it.", accounts);
        db.Clients.Remove(client);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
