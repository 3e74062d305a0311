namespace Microfinance.Application.Clients.Commands.ReactivateClient;

public sealed class ReactivateClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ClientReader reader)
    : IRequestHandler<ReactivateClientCommand, ClientDto>
{
    public async Task<ClientDto> Handle(ReactivateClientCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.GetAsync(request.Id, "Client", cancellationToken);
        client.Reactivate();
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }
}
