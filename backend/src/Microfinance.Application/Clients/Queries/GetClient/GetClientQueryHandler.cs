namespace Microfinance.Application.Clients.Queries.GetClient;

public sealed class GetClientQueryHandler(ClientReader reader)
    : IRequestHandler<GetClientQuery, ClientDto>
{
    public Task<ClientDto> Handle(GetClientQuery request, CancellationToken cancellationToken) => reader.GetAsync(request.Id, cancellationToken);
}
