namespace Microfinance.Application.IdentityAccess.Commands.RotateApiClientSecret;

public sealed class RotateApiClientSecretCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, TimeProvider clock)
    : IRequestHandler<RotateApiClientSecretCommand, ApiClientSecretDto>
{
    public async Task<ApiClientSecretDto> Handle(RotateApiClientSecretCommand r, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.GetAsync(r.Id, "ApiClient", cancellationToken);
        var secret = ApiClientSecrets.NewSecret();
        client.RotateSecret(ApiClientSecrets.Hash(secret), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ApiClientSecretDto(client.ToDto(), secret);
    }
}
