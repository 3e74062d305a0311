namespace Microfinance.Application.IdentityAccess.Queries.GetApiClient;

public sealed class GetApiClientQueryHandler(IApplicationDbContext db)
    : IRequestHandler<GetApiClientQuery, ApiClientDto>
{
    public async Task<ApiClientDto> Handle(GetApiClientQuery request, CancellationToken cancellationToken) =>
        await db.ApiClients.AsNoTracking().Where(c => c.Id == request.Id).ProjectToDto().FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("ApiClient", request.Id);
}
