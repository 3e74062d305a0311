using System.Text.Json.Serialization;
using Microfinance.Application.Clients.Queries;
using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients.Commands;

/// <summary>Registers a client in a branch (the creator's by default), assigned to an agent (the creator, when an agent).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CreateClientCommand(
    string FirstName, string LastName, Gender Gender, DateOnly DateOfBirth, string Phone, string? Email, string? Address,
    string? City, string? Occupation, IdDocumentType? IdDocumentType, string? IdDocumentNumber, Guid? BranchId, Guid? AssignedAgentId)
    : ICommand<ClientDto>, IClientFields;

[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record UpdateClientCommand(
    string FirstName, string LastName, Gender Gender, DateOnly DateOfBirth, string Phone, string? Email, string? Address,
    string? City, string? Occupation, IdDocumentType? IdDocumentType, string? IdDocumentNumber, Guid BranchId, Guid? AssignedAgentId)
    : ICommand<ClientDto>, IClientFields
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class CreateClientCommandValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientCommandValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}

public sealed class UpdateClientCommandValidator : AbstractValidator<UpdateClientCommand>
{
    public UpdateClientCommandValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}

public sealed class ClientCommandHandlers(
    IApplicationDbContext db, ITenantContext tenant, ICurrentUser user, IIdentityService identity, ILedgerStore store,
    ClientDetailsFactory details, ClientReader reader, TimeProvider clock)
    : IRequestHandler<CreateClientCommand, ClientDto>,
      IRequestHandler<UpdateClientCommand, ClientDto>
{
    public async Task<ClientDto> Handle(CreateClientCommand request, CancellationToken cancellationToken)
    {
        var branchId = request.BranchId ?? user.BranchId
            ?? throw new ValidationException(nameof(request.BranchId), "Choose the client's branch.");
        var agentId = request.AssignedAgentId ?? (user.Role == Roles.Agent ? user.UserId : null);
        var clientDetails = details.Create(request);
        await EnsureAssignableAsync(branchId, agentId, cancellationToken);
        await EnsureUniqueAsync(null, clientDetails, cancellationToken);

        var number = $"CL-{await store.NextNumberAsync("client", cancellationToken):D6}";
        var client = new Client(tenant.RequiredInstitutionId, branchId, number, clientDetails, agentId, clock.GetUtcNow());
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }

    public async Task<ClientDto> Handle(UpdateClientCommand request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Client", request.Id);
        var clientDetails = details.Create(request);
        await EnsureAssignableAsync(request.BranchId, request.AssignedAgentId, cancellationToken);
        await EnsureUniqueAsync(client.Id, clientDetails, cancellationToken);
        client.Update(clientDetails);
        client.Assign(request.BranchId, request.AssignedAgentId);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(client.Id, cancellationToken);
    }

    private async Task EnsureAssignableAsync(Guid branchId, Guid? agentId, CancellationToken ct)
    {
        if (!await db.Branches.AnyAsync(b => b.Id == branchId && b.IsActive, ct))
            throw new ValidationException("branchId", "No active branch with this id in your institution.");
        if (agentId is { } id && await identity.GetUserAsync(id, ct) is not { Role: Roles.Agent, IsActive: true })
            throw new ValidationException("assignedAgentId", "No active agent with this id in your institution.");
    }

    private async Task EnsureUniqueAsync(Guid? clientId, ClientDetails candidate, CancellationToken ct)
    {
        if (await db.Clients.AnyAsync(c => c.Phone == candidate.Phone && c.Id != clientId, ct))
            throw new ConflictException("phone_taken", "Another client already has this phone number.");
        if (candidate.IdDocument is { } document && await db.Clients.AnyAsync(c => c.IdDocumentHash == document.Hash && c.Id != clientId, ct))
            throw new ConflictException("id_document_taken", "Another client already has this ID document number.");
    }
}
