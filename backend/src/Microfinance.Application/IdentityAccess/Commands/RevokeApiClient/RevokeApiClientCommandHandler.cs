namespace Microfinance.Application.IdentityAccess.Commands.RevokeApiClient;

public sealed class RevokeApiClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IClientTokenService tokens, TimeProvider clock)
    : IRequestHandler<RevokeApiClientCommand, ApiClientDto>
{
    public async Task<ApiClientDto> Handle(RevokeApiClientCommand r, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.GetAsync(r.Id, "ApiClient", cancellationToken);
        client.Revoke(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await tokens.DenyTokensOfAsync(client, cancellationToken);
        return client.ToDto();
    }
}
