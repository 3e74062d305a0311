namespace Microfinance.Application.Clients.Commands.UpdateClient;

public sealed class UpdateClientCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, ClientChecks checks, ClientDetailsFactory details, ClientReader reader)
    : IRequestHandler<UpdateClientCommand, ClientDto>
{
    public async Task<ClientDto> Handle(UpdateClientCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Client", request.Id);
        var clientDetails = details.Create(request);
        await checks.EnsureAssignableAsync(request.BranchId, request.AssignedAgentId, cancellationToken);
        await checks.EnsureUniqueAsync(client.Id, clientDetails, cancellationToken);
        client.Update(clientDetails);
        client.Assign(request.BranchId, request.AssignedAgentId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }
}
