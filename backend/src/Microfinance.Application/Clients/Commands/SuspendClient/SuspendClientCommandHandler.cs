namespace Microfinance.Application.Clients.Commands.SuspendClient;

public sealed class SuspendClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ClientReader reader)
    : IRequestHandler<SuspendClientCommand, ClientDto>
{
    public async Task<ClientDto> Handle(SuspendClientCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.GetAsync(request.Id, "Client", cancellationToken);
        client.Suspend();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }
}
