using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients.Commands.CreateClient;

/// <summary>Registers a client in a branch (the creator's by default), assigned to an agent (the creator, when an agent).</summary>
[Authorize(Roles.Agent, Roles.Supervisor, Roles.SfdAdmin)]
public sealed record CreateClientCommand(
    string FirstName, string LastName, Gender Gender, DateOnly DateOfBirth, string Phone, string? Email, string? Address,
    string? City, string? Occupation, IdDocumentType? IdDocumentType, string? IdDocumentNumber, Guid? BranchId, Guid? AssignedAgentId)
    : ICommand<ClientDto>, IClientFields;
