using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients.Commands.CreateClient;

public sealed class CreateClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ITenantContext tenant, ICurrentUser user, ClientChecks checks, INumberSequences numbers, ClientDetailsFactory details, ClientReader reader, TimeProvider clock)
    : IRequestHandler<CreateClientCommand, ClientDto>
{
    public async Task<ClientDto> Handle(CreateClientCommand request, CancellationToken cancellationToken)
    {
        var branchId = request.BranchId ?? user.BranchId
            ?? throw new ValidationException(nameof(request.BranchId), "Choose the client's branch.");
        var agentId = request.AssignedAgentId ?? (user.Role == Roles.Agent && !user.IsApiClient ? user.UserId : null);
        var clientDetails = details.Create(request);
        await checks.EnsureAssignableAsync(branchId, agentId, cancellationToken);
        await checks.EnsureUniqueAsync(null, clientDetails, cancellationToken);

        var number = $"CL-{await numbers.NextAsync("client", cancellationToken):D6}";
        var client = new Client(tenant.RequiredInstitutionId, branchId, number, clientDetails, agentId, clock.GetUtcNow());
        db.Clients.Add(client);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }
}
