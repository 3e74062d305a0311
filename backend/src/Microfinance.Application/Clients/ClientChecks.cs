using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients;

/// <summary>What registering or updating a client checks against the rest of the institution.</summary>
public sealed class ClientChecks(IApplicationDbContext db, IIdentityService identity)
{
    /// <summary>The branch is active and the agent, if any, is an active agent of the institution.</summary>
    public async Task EnsureAssignableAsync(Guid branchId, Guid? agentId, CancellationToken ct)
    {
        if (!await db.Branches.AnyAsync(b => b.Id == branchId && b.IsActive, ct))
            throw new ValidationException("branchId", "No active branch with this id in your institution.");
        if (agentId is { } id && await identity.GetUserAsync(id, ct) is not { Role: Roles.Agent, IsActive: true })
            throw new ValidationException("assignedAgentId", "No active agent with this id in your institution.");
    }

    /// <summary>No other client has the same phone number or ID document.</summary>
    public async Task EnsureUniqueAsync(Guid? clientId, ClientDetails candidate, CancellationToken ct)
    {
        if (await db.Clients.AnyAsync(c => c.Phone == candidate.Phone && c.Id != clientId, ct))
            throw new ConflictException("phone_taken", "Another client already has this phone number.");
        if (candidate.IdDocument is { } document && await db.Clients.AnyAsync(c => c.IdDocumentHash == document.Hash && c.Id != clientId, ct))
            throw new ConflictException("id_document_taken", "Another client already has this ID document number.");
    }
}
