using Microsoft.Extensions.Options;

namespace Microfinance.Application.IdentityAccess.Commands.RegisterApiClient;

public sealed class RegisterApiClientCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, IOptions<ApiClientsOptions> options, TimeProvider clock)
    : IRequestHandler<RegisterApiClientCommand, ApiClientSecretDto>
{
    public async Task<ApiClientSecretDto> Handle(RegisterApiClientCommand r, CancellationToken cancellationToken)
    {
        var name = r.Name.Trim();
        if (await db.ApiClients.AnyAsync(c => c.Name == name, cancellationToken))
            throw new ConflictException("api_client_name_taken", "An API client named {0} already exists.", name);
        var secret = ApiClientSecrets.NewSecret();
        var client = new ApiClient(tenant.RequiredInstitutionId, name, r.Scopes, r.RateLimitPerMinute ?? options.Value.DefaultRateLimitPerMinute,
            ApiClientSecrets.Hash(secret), clock.GetUtcNow());
        db.ApiClients.Add(client);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new ApiClientSecretDto(client.ToDto(), secret);
    }
}
