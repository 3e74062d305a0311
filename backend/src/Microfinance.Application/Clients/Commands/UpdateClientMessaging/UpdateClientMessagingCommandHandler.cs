namespace Microfinance.Application.Clients.Commands.UpdateClientMessaging;

public sealed class UpdateClientMessagingCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ClientReader reader, TimeProvider clock)
    : IRequestHandler<UpdateClientMessagingCommand, ClientDto>
{
    public async Task<ClientDto> Handle(UpdateClientMessagingCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.GetAsync(request.Id, "Client", cancellationToken);
        client.SetMessaging(request.Language, request.SmsOptOut, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }
}
